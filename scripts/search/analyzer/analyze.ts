import { arabicSpellings, foldDigits, swappedHamzaSeat } from "../../text/normalize-arabic.ts";
import { alternativeReadings, primaryReadings, type StemReading } from "./stem-arabic.ts";
import { latinReading } from "./stem-english.ts";

/*
 * milaff's search analyzer: one module, run by the indexer in Node and by the search page in
 * the browser, so a word is always reduced the same way on both sides.
 *
 * A word has primary readings (its stem; two when it may be read two ways, as a dagger alef or
 * a ت before a pronoun may) and, for Arabic words that may begin with a one-letter proclitic,
 * alternative readings without it (and one with a hamza seat swapped). A query word matches a
 * text word when a primary reading meets a primary or an alternative one; two alternatives
 * never decide a match, so بيان (ب + يان?) and كيان (ك + يان?) stay apart. Each reading also
 * keeps the word as written (normalized, proclitics off), which ranks the pages that spell the
 * query's word as it was typed above those that only share its stem.
 */

export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

export type Reading = StemReading;

export interface Readings {
  primaries: Reading[];
  alternatives: Reading[];
}

// Runs of letters (with their marks, tatweel and the invisible joiners scraped text carries
// inside words), or runs of digits: libfoo56 and ٢٠٢٦م are two words each, so the number is
// found by itself.
const WORD = /[\p{L}\p{M}\u0640\u200C\u200D]+(?:['’]\p{L}+)*|\p{N}+/gu;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
/** Keys are letters and digits, never punctuation nor the terminators below. */
const KEY = /^[\p{L}\p{N}]+$/u;
const TERMINATORS = /[ǂǁ]/g;

/** Words of a text with their positions, so excerpts can be cut from the original spelling. */
export function tokenize(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const lower = (r: Reading): Reading => ({ stem: r.stem.toLowerCase(), written: r.written.toLowerCase() });
/** Readings once each, keys only of letters and digits (the written form starts with or holds the stem). */
function distinct(readings: Reading[]): Reading[] {
  if (readings.length < 2) return readings.filter((r) => KEY.test(r.written) && KEY.test(r.stem));
  return readings.filter((r, i) => KEY.test(r.written) && KEY.test(r.stem) && readings.findIndex((o) => o.stem === r.stem && o.written === r.written) === i);
}

/** The readings of one word (a token of `tokenize`); null for words that carry nothing searchable. */
export function analyzeWord(raw: string): Readings | null {
  const word = raw.replace(TERMINATORS, "");
  let primaries: Reading[];
  let alternatives: Reading[] = [];
  if (ARABIC.test(word)) {
    const swapped = swappedHamzaSeat(word);
    primaries = [];
    for (const spelling of arabicSpellings(word)) {
      const own = primaryReadings(spelling);
      primaries.push(...own);
      alternatives.push(...alternativeReadings(spelling, own));
    }
    if (swapped) alternatives.push(...primaryReadings(swapped));
    // Letters of other scripts inside an Arabic word fold case like Latin words.
    if (/\p{Lu}/u.test(word)) [primaries, alternatives] = [primaries.map(lower), alternatives.map(lower)];
  } else if (/^\p{N}+$/u.test(word)) {
    const digits = foldDigits(word.normalize("NFKC"));
    primaries = [{ stem: digits, written: digits }];
  } else {
    primaries = [latinReading(word)];
  }
  primaries = distinct(primaries);
  if (!primaries.length) return null;
  const stems = new Set(primaries.map((p) => p.stem));
  return { primaries, alternatives: distinct(alternatives).filter((a) => !stems.has(a.stem)) };
}

export function wordsMatch(query: Readings, word: Readings): boolean {
  const meets = (a: Reading[], b: Reading[]) => a.some((x) => b.some((y) => x.stem === y.stem));
  return meets(query.primaries, word.primaries) || meets(query.primaries, word.alternatives) || meets(query.alternatives, word.primaries);
}

/**
 * Pagefind matches every query word as a prefix (عون would find عونه) and falls back to the
 * longest indexed prefix of a word it cannot find. A key is a stem, the letter that says which
 * kind of reading it is, then what the written form adds to the stem: `stemǂtail`. Searching
 * `stemǂ` finds every written form of the stem and nothing else (no key of another stem starts
 * with it, and no shorter key is a prefix of it to fall back to); an exact (quoted) search for
 * the whole key finds that written form alone.
 */
export const PRIMARY_END = "ǂ";
export const ALTERNATIVE_END = "ǁ";

/** What the written form adds to its stem; where it does not start with the stem (Porter2's army → armi), how many of the stem's letters it drops, then the rest. */
function tail({ stem, written }: Reading): string {
  if (written.startsWith(stem)) return written.slice(stem.length);
  let shared = 0;
  while (stem[shared] === written[shared]) shared++;
  return `${stem.length - shared}${written.slice(shared)}`;
}

const writtenKey = (reading: Reading, end: string): string => reading.stem + end + tail(reading);

function wordKeys(r: Readings): string {
  return [...new Set([...r.primaries.map((p) => writtenKey(p, PRIMARY_END)), ...r.alternatives.map((a) => writtenKey(a, ALTERNATIVE_END))])].join(" ");
}

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
      entry = { keys: r ? wordKeys(r) : "", text: 0, count: 0 };
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

/** One Pagefind search for a query word. */
export interface SearchKey {
  /** The search as Pagefind takes it: a key prefix, or a whole key in quotes for an exact search. */
  key: string;
  /** Finds only pages that have the word as written (proclitics aside), not only its stem. */
  written: boolean;
  /** Matches through an alternative reading, on either side. */
  alternative: boolean;
}

export interface QueryTerm {
  word: string;
  readings: Readings;
  /** The searches any of which matches the word. */
  keys: SearchKey[];
}

/** A query's words, each with the index keys that would match it. Words without readings are dropped. */
export function queryTerms(query: string): QueryTerm[] {
  return tokenize(query).flatMap((w) => {
    const readings = analyzeWord(w.text);
    if (!readings) return [];
    const keys: SearchKey[] = [];
    const add = (key: string, written: boolean, alternative: boolean) => {
      const search = written ? `"${key}"` : key;
      if (!keys.some((k) => k.key === search)) keys.push({ key: search, written, alternative });
    };
    const arabic = ARABIC.test(w.text);
    for (const p of readings.primaries) {
      add(p.stem + PRIMARY_END, false, false);
      add(writtenKey(p, PRIMARY_END), true, false);
      if (arabic) {
        add(p.stem + ALTERNATIVE_END, false, true);
        add(writtenKey(p, ALTERNATIVE_END), true, true);
      }
    }
    for (const a of readings.alternatives) {
      add(a.stem + PRIMARY_END, false, true);
      add(writtenKey(a, PRIMARY_END), true, true);
    }
    return [{ word: w.text, readings, keys }];
  });
}
