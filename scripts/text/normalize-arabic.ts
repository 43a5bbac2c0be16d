/*
 * Arabic orthographic normalization: the spelling differences that writers make freely
 * (diacritics, hamza seats, final yaa, taa marbuta, tatweel, digits) stop mattering.
 * Runs on one word at a time, in Node at index time and in the browser at query time.
 */

// Tashkeel, dagger alef, Quranic annotation marks, honorific signs, tatweel, joiners and direction marks.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200B-\u200F\u2066-\u2069\uFEFF]/g;

const FOLD: Record<string, string> = {
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0672": "\u0627", // ٲ → ا
  "\u0673": "\u0627", // ٳ → ا
  "\u0629": "\u0647", // ة → ه
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  "\u0649": "\u064A", // ى → ي
  "\u06CC": "\u064A", // Persian ی → ي
  "\u06A9": "\u0643", // Persian ک → ك
  "\u06C1": "\u0647", // Urdu ہ → ه
  "\u06C0": "\u0647", // ۀ → ه
  // Letters for sounds Arabic lacks, written in names and loanwords (ڤلاديمير, گوگل, پاريس)
  "\u06A4": "\u0641", // ڤ → ف
  "\u06A8": "\u0642", // ڨ → ق
  "\u06AF": "\u0643", // گ → ك
  "\u067E": "\u0628", // پ → ب
  "\u0686": "\u062C", // چ → ج
  "\u0698": "\u0632", // ژ → ز
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join("")}]`, "g");

/**
 * Words in which final ى is not a spelling variant of ي but tells two words apart:
 * the preposition على ("on") and the name علي ("Ali").
 */
const KEEP_ALEF_MAQSURA = new Set(["على"]);

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to 0-9. */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}

export function normalizeArabic(word: string): string {
  const bare = foldDigits(word.normalize("NFKC").replace(MARKS, ""));
  // With a leading conjunction (وعلى, فعلى) the exception still holds; the conjunction goes.
  const core = bare.replace(/^[وف](?=على$)/, "");
  if (KEEP_ALEF_MAQSURA.has(core)) return core;
  return bare.replace(FOLDABLE, (c) => FOLD[c]!);
}

/**
 * Hamza after a consonant sits on waw in one spelling and on yaa in another (مسؤول, مسئول;
 * شؤون, شئون). The word with the seat swapped, normalized, for an alternative reading;
 * null when the word has no such hamza.
 */
export function swappedHamzaSeat(word: string): string | null {
  const nfkc = word.normalize("NFKC");
  if (!/[\u0624\u0626]/.test(nfkc)) return null;
  return normalizeArabic(nfkc.replace(/[\u0624\u0626]/g, (c) => (c === "\u0624" ? "\u0626" : "\u0624")));
}
