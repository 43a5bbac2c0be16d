import { foldDigits, normalizeArabic, swappedHamzaSeat } from "../../text/normalize-arabic.ts";
import { alternativeStems, primaryStem } from "./stem-arabic.ts";
import { stemLatin } from "./stem-english.ts";

/*
 * milaff's search analyzer: one module, run by the indexer in Node and by the search page in
 * the browser, so a word is always reduced the same way on both sides.
 *
 * A word has a primary reading (its stem) and, for Arabic words that may begin with a
 * one-letter proclitic, alternative readings without it (and one with a hamza seat swapped). A query word matches a text word
 * when a primary reading meets a primary or an alternative one; two alternatives never
 * decide a match, so بيان (ب + يان?) and كيان (ك + يان?) stay apart.
 */

export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

export interface Readings {
  primary: string;
  alternatives: string[];
}

// Letters, marks, digits, tatweel and the invisible joiners scraped text carries inside words.
const WORD = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]+(?:['’][\p{L}]+)*/gu;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Keys are letters and digits, never punctuation nor the terminators below. */
const KEY = /^[\p{L}\p{N}]+$/u;
const TERMINATORS = /[ǂǁ]/g;

/** Words of a text with their positions, so excerpts can be cut from the original spelling. */
export function tokenize(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The readings of one word; null for words that carry nothing searchable. */
export function analyzeWord(raw: string): Readings | null {
  const word = raw.replace(TERMINATORS, "");
  let primary: string;
  let alternatives: string[] = [];
  if (ARABIC.test(word)) {
    const normalized = normalizeArabic(word);
    primary = primaryStem(normalized).toLowerCase();
    const swapped = swappedHamzaSeat(word);
    alternatives = [...alternativeStems(normalized), ...(swapped ? [primaryStem(swapped)] : [])].map((a) => a.toLowerCase());
  } else if (/^\p{N}+$/u.test(word)) {
    primary = foldDigits(word.normalize("NFKC"));
  } else {
    primary = stemLatin(word);
  }
  if (!KEY.test(primary)) return null;
  return { primary, alternatives: [...new Set(alternatives)].filter((a) => a !== primary && KEY.test(a)) };
}

export function wordsMatch(query: Readings, word: Readings): boolean {
  return query.primary === word.primary || word.alternatives.includes(query.primary) || query.alternatives.includes(word.primary);
}

/**
 * Pagefind matches every query word as a prefix (عون would find عونه) and falls back to the
 * longest indexed prefix of a word it cannot find. Every key ends with one of two letters,
 * which makes matching exact (a key can only be a prefix of itself) and keeps primary and
 * alternative readings apart in the index.
 */
export const PRIMARY_END = "ǂ";
export const ALTERNATIVE_END = "ǁ";

/**
 * Per distinct word: its keys, and how often it was seen in the text being indexed. Text
 * repeats its words and a site's vocabulary is small beside its text, so each word is
 * analyzed once per build and looked up once per occurrence.
 */
interface WordEntry {
  keys: string;
  text: number;
  count: number;
}
const words = new Map<string, WordEntry>();
let textNumber = 0;

/**
 * What is indexed for a text: the readings of every word, in order, separated by spaces.
 * A word past its `maxRepeats`th occurrence adds nothing (see search-records.ts).
 */
export function indexKeys(text: string, maxRepeats = Infinity): string {
  const current = ++textNumber;
  const out: string[] = [];
  for (const word of text.match(WORD) ?? []) {
    let entry = words.get(word);
    if (!entry) {
      const r = analyzeWord(word);
      entry = { keys: r ? [r.primary + PRIMARY_END, ...r.alternatives.map((a) => a + ALTERNATIVE_END)].join(" ") : "", text: 0, count: 0 };
      words.set(word, entry);
    }
    if (entry.text !== current) {
      entry.text = current;
      entry.count = 0;
    }
    if (++entry.count <= maxRepeats && entry.keys) out.push(entry.keys);
  }
  return out.join(" ");
}

export interface QueryTerm {
  word: string;
  readings: Readings;
  /** Index keys any of which matches the word, the exact primary first. */
  keys: string[];
}

/** A query's words, each with the index keys that would match it. Words without readings are dropped. */
export function queryTerms(query: string): QueryTerm[] {
  return tokenize(query).flatMap((w) => {
    const readings = analyzeWord(w.text);
    if (!readings) return [];
    const keys = [readings.primary + PRIMARY_END];
    if (ARABIC.test(w.text)) keys.push(readings.primary + ALTERNATIVE_END, ...readings.alternatives.map((a) => a + PRIMARY_END));
    return [{ word: w.text, readings, keys }];
  });
}
