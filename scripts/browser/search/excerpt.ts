import { analyzeWord, tokenize, wordsMatch, type QueryTerm, type WordSpan } from "../../search/analyzer/analyze.ts";
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

/** Words `from`..`to` of the text with what lies between them, escaped, matched words in <mark>. */
function markWords(text: string, words: WordSpan[], hits: number[][], from: number, to: number): string {
  let html = "";
  let cursor = words[from]!.start;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    html += escapeHtml(text.slice(cursor, w.start)) + (hits[i]!.length ? `<mark>${escapeHtml(w.text)}</mark>` : escapeHtml(w.text));
    cursor = w.end;
  }
  return html;
}

/** The whole text, escaped, with the words that match the query in <mark> (for titles and dates). */
export function markMatches(text: string, terms: QueryTerm[]): Excerpt {
  const words = tokenize(text);
  if (!words.length) return { html: escapeHtml(text), matchedTerms: 0 };
  const hits = matchWords(words, terms);
  const html = escapeHtml(text.slice(0, words[0]!.start)) + markWords(text, words, hits, 0, words.length) + escapeHtml(text.slice(words.at(-1)!.end));
  return { html, matchedTerms: new Set(hits.flat()).size };
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
  const stop = Math.min(start + size, words.length);
  if (start >= stop) return { html: "", matchedTerms: 0 };
  const html = (start > 0 ? "… " : "") + markWords(text, words, hits, start, stop) + (stop < words.length ? " …" : escapeHtml(text.slice(words[stop - 1]!.end)));
  return { html: html.replace(/\s*\n+\s*/g, " "), matchedTerms: best.distinct };
}
