import { analyzeWord, tokenize, wordsMatch, type QueryTerm } from "../../search/analyzer/analyze.ts";
import { escapeHtml } from "../../search/escape-html.ts";

export interface Excerpt {
  /** HTML: the original text, escaped, with matched words in <mark>. */
  html: string;
  /** How many of the query's words appear in the excerpt. */
  matchedTerms: number;
}


/** Which query terms each word of a text matches (the words analyzed as the index analyzed them). */
function matchWords(words: { text: string }[], terms: QueryTerm[]): number[][] {
  const cache = new Map<string, number[]>();
  return words.map((w) => {
    let matched = cache.get(w.text);
    if (!matched) {
      const own = analyzeWord(w.text);
      matched = own ? terms.flatMap((t, i) => (wordsMatch(t.readings, own) ? [i] : [])) : [];
      cache.set(w.text, matched);
    }
    return matched;
  });
}

/** The whole text, escaped, with the words that match the query in <mark> (for titles and dates). */
export function markMatches(text: string, terms: QueryTerm[]): string {
  const words = tokenize(text);
  const hits = matchWords(words, terms);
  let html = "";
  let cursor = 0;
  words.forEach((w, i) => {
    html += escapeHtml(text.slice(cursor, w.start)) + (hits[i]!.length ? `<mark>${escapeHtml(w.text)}</mark>` : escapeHtml(w.text));
    cursor = w.end;
  });
  return html + escapeHtml(text.slice(cursor));
}

/**
 * Cuts an excerpt from the text as it was written (diacritics, hamza and prefixes intact) and
 * marks the words that match the query: matching ran on analyzed forms, so each word of the
 * text is analyzed again here and compared with the query's readings.
 */
export function buildExcerpt(text: string, terms: QueryTerm[], size = 32): Excerpt {
  const words = tokenize(text);
  const hits = matchWords(words, terms);
  // The window with the most distinct query terms, then the most matches; the earliest wins ties.
  let best = { start: 0, distinct: -1, total: -1 };
  for (let start = 0; start < Math.max(1, words.length - size + 1); start++) {
    const window = hits.slice(start, start + size);
    const distinct = new Set(window.flat()).size;
    const total = window.filter((h) => h.length).length;
    if (distinct > best.distinct || (distinct === best.distinct && total > best.total)) best = { start, distinct, total };
  }
  // Open the excerpt a few words before the window's first match, to give it context.
  const first = hits.findIndex((h, i) => i >= best.start && h.length);
  const start = first < 0 ? 0 : Math.max(0, first - 6);
  const stop = start + size;
  const slice = words.slice(start, stop);
  if (!slice.length) return { html: "", matchedTerms: 0 };
  let html = start > 0 ? "… " : "";
  let cursor = slice[0]!.start;
  slice.forEach((w, i) => {
    html += escapeHtml(text.slice(cursor, w.start));
    html += hits[start + i]!.length ? `<mark>${escapeHtml(w.text)}</mark>` : escapeHtml(w.text);
    cursor = w.end;
  });
  html += stop < words.length ? " …" : escapeHtml(text.slice(cursor));
  return { html: html.replace(/\s*\n+\s*/g, " "), matchedTerms: Math.max(0, best.distinct) };
}
