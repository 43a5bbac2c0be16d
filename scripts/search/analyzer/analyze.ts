import { foldDigits, normalizeArabic } from "./normalize-arabic.ts";
import { alternativeStems, primaryStem } from "./stem-arabic.ts";
import { stemLatin } from "./stem-english.ts";

/*
 * milaff's search analyzer: one module, run by the indexer in Node and by the search page in
 * the browser, so a word is always reduced the same way on both sides. Each word becomes a
 * small set of "readings" (its stem, plus stems with possible one-letter proclitics removed);
 * a query word matches a text word when their readings meet.
 */

export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

// Letters, marks, digits, tatweel and the invisible joiners scraped text carries inside words.
const WORD = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]+(?:['’][\p{L}]+)*/gu;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Words of a text with their positions, so excerpts can be cut from the original spelling. */
export function tokenize(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Index keys are plain lowercase letters and digits of one script, never punctuation. */
const KEY = /^(?:[\u0621-\u064A0-9]+|[a-z0-9]+)$/;

/** The readings of one word, primary first; empty for words that carry nothing searchable. */
export function readings(word: string): string[] {
  let keys: string[];
  if (ARABIC.test(word)) {
    const normalized = normalizeArabic(word);
    keys = [primaryStem(normalized), ...alternativeStems(normalized)];
  } else if (/^[\p{N}]+$/u.test(word)) {
    keys = [foldDigits(word.normalize("NFKC"))];
  } else {
    keys = [stemLatin(word)];
  }
  return [...new Set(keys)].filter((k) => k.length > 0 && KEY.test(k));
}

/**
 * Pagefind matches every query word as a prefix (عون would find عونه) and falls back to the
 * longest indexed prefix of a word it cannot find. Ending every indexed key and every query
 * term with this letter makes both exact: a key can only be a prefix of itself.
 */
export const TERM_END = "ǂ";

/** What is indexed for a text: every reading of every word, in order, each closed by TERM_END. */
export function indexKeys(text: string): string[] {
  return tokenize(text).flatMap((w) => readings(w.text).map((key) => key + TERM_END));
}

/** A query: for each word, the readings any of which may match. Words without readings are dropped. */
export function queryTerms(query: string): { word: string; readings: string[] }[] {
  return tokenize(query)
    .map((w) => ({ word: w.text, readings: readings(w.text) }))
    .filter((t) => t.readings.length > 0);
}
