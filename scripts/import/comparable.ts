/**
 * Text as readers compare it: hamza on alef, ة/ى, diacritics, tatweel, case, spacing and
 * trailing punctuation do not matter. Used to match widget lines and to read dates.
 */
export function comparable(line: string): string {
  return line
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/[:：.،,!؟?…\s]+$/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
