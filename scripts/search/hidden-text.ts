/*
 * Pagefind indexes every meta field, with its own analysis. milaff stores the original text
 * of each article in meta only to cut excerpts from it, so it is moved into Unicode's
 * supplementary Private Use Area, where nothing is a word and nothing gets indexed.
 * Every UTF-16 code unit maps to one code point, so any string round-trips exactly.
 */

const OFFSET = 0xf0000;

export function hideText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCodePoint(OFFSET + text.charCodeAt(i));
  return out;
}

export function revealText(hidden: string): string {
  let out = "";
  for (const char of hidden) out += String.fromCharCode(char.codePointAt(0)! - OFFSET);
  return out;
}
