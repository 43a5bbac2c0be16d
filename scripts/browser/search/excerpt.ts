import { analyzeWord, tokenize, wordsMatch, type QueryTerm, type WordSpan } from "../../search/analyzer/analyze.ts";
import { escapeHtml } from "../../text/escape-html.ts";
import { isolatedRuns, type Dir } from "../../text/isolate-runs.ts";

export interface Excerpt {
  /** HTML: the original text, escaped, with matched words in <mark> and runs of the other direction in <bdi>. */
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

/**
 * Characters `from`..`to` of the text, escaped, with the matched words among `words` in <mark>
 * and runs written in the other direction isolated, so that a Latin path inside Arabic keeps
 * its slashes where they belong. Runs never cut a word, so the tags nest.
 */
function renderRange(text: string, words: WordSpan[], hits: number[][], from: number, to: number, dir: Dir): string {
  const tags: { at: number; order: number; tag: string }[] = [];
  words.forEach((w, i) => {
    if (hits[i]!.length && w.start >= from && w.end <= to) tags.push({ at: w.start, order: 3, tag: "<mark>" }, { at: w.end, order: 0, tag: "</mark>" });
  });
  for (const run of isolatedRuns(text, from, to, dir)) {
    tags.push({ at: run.start, order: 2, tag: `<bdi dir="${run.dir}">` }, { at: run.end, order: 1, tag: "</bdi>" });
  }
  tags.sort((a, b) => a.at - b.at || a.order - b.order);
  let html = "";
  let cursor = from;
  for (const { at, tag } of tags) {
    html += escapeHtml(text.slice(cursor, at)) + tag;
    cursor = at;
  }
  return html + escapeHtml(text.slice(cursor, to));
}

/** The whole text, escaped, with the words that match the query in <mark> (for titles and dates). */
export function markMatches(text: string, terms: QueryTerm[], dir: Dir): Excerpt {
  const words = tokenize(text);
  const hits = matchWords(words, terms);
  return { html: renderRange(text, words, hits, 0, text.length, dir), matchedTerms: new Set(hits.flat()).size };
}

/**
 * Cuts an excerpt from the text as it was written (diacritics, hamza and prefixes intact) and
 * marks the words that match the query: matching ran on analyzed forms, so each word of the
 * text is analyzed again here and compared with the query's readings. A text in which no word
 * matches (the article was found by its title, an entity or its source) gives its opening.
 */
export function buildExcerpt(text: string, terms: QueryTerm[], dir: Dir, size = 32): Excerpt {
  const words = tokenize(text);
  if (!words.length) return { html: "", matchedTerms: 0 };
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
  const end = stop < words.length ? words[stop - 1]!.end : text.length;
  const html = (start > 0 ? "… " : "") + renderRange(text, words, hits, words[start]!.start, end, dir) + (stop < words.length ? " …" : "");
  return { html: html.replace(/\s*\n+\s*/g, " "), matchedTerms: best.distinct };
}
