import { normalizeArabic } from "./normalize-arabic.ts";

/*
 * Paragraph ids that are a locality-sensitive signature of the paragraph's own text (a
 * simhash of its words and word pairs, folded like search folds them). The id depends on
 * nothing else, so adding, removing or reordering other paragraphs never moves it; a changed
 * diacritic or letter case does not change it; and an edited paragraph gets an id only a few
 * bits away from its old one, so the page can find it again from an old link without keeping
 * any history (see nearestBlockId).
 *
 * Published ids must never change with a milaff upgrade: test/text/block-id.test.ts pins them.
 */

/** 60 bits: 12 characters of base32, lowercase ASCII that chat apps leave alone. */
const BITS = 60;
const CHARS = BITS / 5;
// Crockford's alphabet: no i, l, o, u, so an id read aloud or retyped survives.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const PREFIX = "p-";
const ID_PATTERN = new RegExp(`^${PREFIX}([${ALPHABET}]{${CHARS}})(?:-(\\d+))?$`);

/** A text folded as search folds it (Arabic marks, hamza seats, digits) and without Latin case or accents. */
function fold(text: string): string {
  // As one string, not word by word: the same result (normalizeArabic's one exception, على
  // kept apart from علي, does not matter to a signature) at a fraction of the cost.
  // normalizeArabic already took the Arabic marks; NFD leaves the Latin accents as combining marks.
  return normalizeArabic(text).normalize("NFD").replace(/[\u0300-\u036f]+/g, "").toLowerCase();
}

/**
 * Whether a UTF-16 unit of folded text belongs to a word: letters and digits of any script.
 * A table of separators rather than a Unicode-property regex: this runs over every word of
 * every article, and it is several times faster.
 */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c <= 0xbf || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // emoji and other astral symbols
  if (c >= 0xfe10 && c <= 0xfe6f) return false;
  // Arabic comma, semicolon, question mark, percent and decimal signs, full stop, ornate parentheses
  return !(c === 0x060c || c === 0x061b || c === 0x061f || (c >= 0x066a && c <= 0x066d) || c === 0x06d4 || c === 0xfd3e || c === 0xfd3f);
}

/** Each word of the folded text as a 32-bit FNV-1a hash, computed while scanning: no word strings are made. */
function wordHashes(folded: string): number[] {
  const hashes: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0x20;
    if (isWordUnit(c)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  return hashes;
}

/** murmur3's finalizer: spreads a 32-bit value over all 32 bits. */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Counts, for each of the 32 bit positions, how many of the added words have that bit set.
 * Bit-sliced ("vertical") counters: plane j holds bit j of all 32 counts, so adding a word is
 * a few carries instead of 32 additions.
 */
class BitCounts {
  readonly planes = new Int32Array(24);
  add(word: number): void {
    for (let j = 0; word !== 0; j++) {
      const carry = this.planes[j]! & word;
      this.planes[j]! ^= word;
      word = carry;
    }
  }
  count(bit: number): number {
    let n = 0;
    for (let j = 0; j < this.planes.length; j++) n |= ((this.planes[j]! >>> bit) & 1) << j;
    return n;
  }
}

/** The signature of a text: each distinct word and word pair votes on each of the 60 bits. */
function signature(words: number[]): number[] {
  // Features as 32-bit hashes: a pair is its two words' hashes combined, never a new string.
  const features = new Set<number>();
  let previous = 0;
  for (let i = 0; i < words.length; i++) {
    const h = words[i]!;
    features.add(h);
    if (i > 0) features.add(mix(Math.imul(previous, 0x9e3779b1) ^ h));
    previous = h;
  }
  const [high, low] = [new BitCounts(), new BitCounts()];
  for (const feature of features) {
    high.add(mix(feature ^ 0x9e3779b9) | 0);
    low.add((mix(feature ^ 0x7f4a7c15) >>> 4) | 0);
  }
  const bits: number[] = [];
  for (let b = 0; b < BITS; b++) bits.push((b < 32 ? high.count(b) : low.count(b - 32)) * 2 > features.size ? 1 : 0);
  return bits;
}

/**
 * The id of a block from its text: `p-` and 12 base32 characters. `fallback` (e.g. the
 * Markdown source) is used when the text has no words at all, such as a lone image.
 */
export function blockId(text: string, fallback = ""): string {
  const words = wordHashes(fold(text));
  // No words (a lone image, a rule): the whole fallback is one feature.
  let whole = 0x811c9dc5;
  for (let i = 0; i < fallback.length; i++) whole = Math.imul(whole ^ fallback.charCodeAt(i), 0x01000193);
  const bits = signature(words.length ? words : [whole >>> 0]);
  let id = PREFIX;
  for (let c = 0; c < CHARS; c++) {
    let value = 0;
    for (let b = 0; b < 5; b++) value = (value << 1) | bits[c * 5 + b]!;
    id += ALPHABET[value];
  }
  return id;
}

/** The signature part of a block id (without the `-2` a repeated paragraph gets), or null for other ids. */
function signatureOf(id: string): number[] | null {
  const match = ID_PATTERN.exec(id);
  if (!match) return null;
  const bits: number[] = [];
  for (const char of match[1]!) {
    const value = ALPHABET.indexOf(char);
    for (let b = 4; b >= 0; b--) bits.push((value >> b) & 1);
  }
  return bits;
}

export const isBlockId = (id: string): boolean => ID_PATTERN.test(id);

/** How many of the 60 bits differ between two block ids; null when either is not one. */
export function blockIdDistance(a: string, b: string): number | null {
  const [x, y] = [signatureOf(a), signatureOf(b)];
  if (!x || !y) return null;
  let distance = 0;
  for (let i = 0; i < BITS; i++) distance += x[i] === y[i] ? 0 : 1;
  return distance;
}

/**
 * Unrelated paragraphs differ in about half of the bits (30 ± 4); a paragraph with a word or
 * a sentence changed, in far fewer. Beyond this many, a link is treated as pointing to text
 * that is gone rather than to a paragraph that was edited.
 */
export const MAX_EDIT_DISTANCE = 16;

/** Among the ids on a page, the one closest to a missing id, if it is close enough to be its edited paragraph. */
export function nearestBlockId(missing: string, ids: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = MAX_EDIT_DISTANCE + 1;
  for (const id of ids) {
    const distance = blockIdDistance(missing, id);
    if (distance !== null && distance < bestDistance) [best, bestDistance] = [id, distance];
  }
  return best;
}

/** Gives repeated ids on one page a counter in document order: `p-…`, `p-…-2`, `p-…-3`. */
export function uniqueIds(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  };
}
