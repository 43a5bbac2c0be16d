/*
 * Arabic orthographic normalization: the spelling differences that writers make freely
 * (diacritics, hamza seats, final yaa, taa marbuta, tatweel, digits, Quranic spelling) stop
 * mattering. Runs in Node at index time and in the browser at query time.
 */

// Tashkeel, dagger alef, Quranic annotation marks and small letters, honorific signs, the marks of
// Arabic Extended-A (some Quran encodings), tatweel, joiners and direction marks.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF\u0640\u200B-\u200F\u2066-\u2069\uFEFF]/g;

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

const TATWEEL = "\u0640";
const HAMZA_ABOVE = "\u0654";
const DAGGER_ALEF = "\u0670";
/** Marks that sit on a letter (vowels, shadda, sukun, maddah, dagger alef), skipped when looking for the letter. */
const LETTER_MARK = /[\u064B-\u0653\u0670]/;

/** The nearest letter before position i, past marks and tatweel. */
function letterBefore(text: string, i: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const c = text[j]!;
    if (c !== TATWEEL && !LETTER_MARK.test(c)) return c;
  }
  return "";
}

/**
 * Uthmani spelling writes some hamzas as a combining hamza above (U+0654) on a tatweel or on ى,
 * where modern spelling writes a seat: خَطِيٓـَٔتِى is خطيئتي, يَسْـَٔلُونَ is يسألون, شَيْـًٔا is شيئا.
 * Unicode composition already turns ا, و, ي + hamza above into أ, ؤ, ئ. The seat is the one
 * modern spelling uses: ئ after ي or ى, ؤ after و, else the one the hamza's own vowel takes
 * (أ with a, ؤ with u, ئ with i). A small yaa on a tatweel (إِبْرَٰهِـۧمَ) is a written ي.
 */
function readUthmaniSeats(text: string): string {
  if (!/[\u0654\u06E6\u06E7]/.test(text)) return text;
  return text
    .replace(/\u0640([\u064B-\u0652]*)[\u06E6\u06E7]/g, "\u064A$1")
    .replace(/([\u0640\u0649])([\u064B-\u0653\u0670]*)\u0654([\u064B-\u0652]*)/g, (_whole, seat: string, before: string, after: string, at: number, all: string) => {
      if (seat === "\u0649") return `\u0626${before}${after}`;
      const previous = letterBefore(all, at);
      const vowels = before + after;
      return `${hamzaSeat(previous, vowels)}${vowels}`;
    })
    .replaceAll(HAMZA_ABOVE, "");
}

/** The seat modern spelling gives a hamza, from the letter before it and the hamza's own vowel. */
function hamzaSeat(previous: string, vowels: string): string {
  if (previous === "\u064A" || previous === "\u0649") return "\u0626";
  if (previous === "\u0648") return "\u0624";
  if (/[\u064E\u064B]/.test(vowels)) return "\u0623";
  if (/[\u064F\u064C]/.test(vowels)) return "\u0624";
  if (/[\u0650\u064D]/.test(vowels)) return "\u0626";
  return "\u0621";
}

/**
 * The dagger alef (ٰ) read as the ا modern spelling writes for it: ٱلسَّمَـٰوَٰتِ is السماوات,
 * كَـٰفِرِينَ is كافرين. Written directly on a و or on a ى inside the word, with no vowel of its
 * own, that letter is only its seat and goes: ٱلصَّلَوٰةَ is الصلاة, ٱلتَّوْرَىٰةَ is التوراة. On a
 * final ى it adds nothing (مُوسَىٰ is موسى).
 */
function daggerAsAlef(text: string): string {
  return text.replace(/([\u0648\u0649]?)\u0670(?=\p{M}*(\p{L}?))/gu, (_whole, seat: string, next: string) => (seat === "\u0649" && !next ? seat : "\u0627"));
}

/** Marks stripped, Uthmani hamza on the line before alef read as modern spelling writes it, letters folded. */
function fold(text: string): string {
  let bare = foldDigits(text.replace(MARKS, ""));
  // ءامنوا, ٱلْقُرْءَانُ, ءَأَنذَرْتَهُمْ: a hamza on the line before an alef, inside a word and not after
  // a long vowel (قراءات, إجراءات keep theirs), is that alef's hamza, written آ or أ in modern spelling.
  if (bare.includes("\u0621")) bare = bare.replace(/(?<![\u0627\u0648\u064A\u0649])\u0621(?=[\u0627\u0623\u0622]\p{L})/gu, "");
  // With a leading conjunction (وعلى, فعلى) the exception still holds; the conjunction goes.
  const core = bare.replace(/^[وف](?=على$)/, "");
  if (KEEP_ALEF_MAQSURA.has(core)) return core;
  // أأ, آا, ءأ spell one alef with its hamza twice over.
  const folded = bare.replace(FOLDABLE, (c) => FOLD[c]!);
  return folded.includes("\u0627\u0627") ? folded.replace(/\u0627{2,}/g, "\u0627") : folded;
}

/**
 * The one normalized form of a word: NFKC, Uthmani hamza seats read, marks (the dagger alef
 * included) stripped, letters folded. Paragraph ids are derived from this folding: it must stay
 * stable, and it keeps producing one form even where search reads a word two ways
 * (see arabicSpellings).
 */
export function normalizeArabic(word: string): string {
  return fold(readUthmaniSeats(word.normalize("NFKC")));
}

/**
 * The spellings a written word may stand for, normalized: normalizeArabic's, and where it has a
 * dagger alef, the dagger read as ا. Modern spelling writes the dagger's long a as ا in most words
 * (ٱلرَّحْمَـٰنِ aside, كَـٰفِرِينَ is كافرين) but drops it in others (هٰذا is هذا, لٰكن is لكن), so
 * neither reading alone is right.
 */
export function arabicSpellings(word: string): string[] {
  const seated = readUthmaniSeats(word.normalize("NFKC"));
  const stripped = fold(seated);
  if (!seated.includes(DAGGER_ALEF)) return [stripped];
  const withAlef = fold(daggerAsAlef(seated));
  return withAlef === stripped ? [stripped] : [stripped, withAlef];
}

/**
 * Hamza after a consonant sits on waw in one spelling and on yaa in another (مسؤول, مسئول;
 * شؤون, شئون). The word with the seat swapped, normalized, for an alternative reading;
 * null when the word has no such hamza. After a long vowel (ملائكة, هيئة) the seat is not a
 * matter of spelling and stays.
 */
export function swappedHamzaSeat(word: string): string | null {
  if (!/[\u0624\u0626\u0654]/.test(word)) return null;
  const nfkc = word.normalize("NFKC");
  const swapped = nfkc.replace(/(?<=[^\u0627\u0622\u0623\u0625\u0648\u064A\u0649\u0670\u064B-\u0653][\u064B-\u0652]*)[\u0624\u0626]/g, (c) => (c === "\u0624" ? "\u0626" : "\u0624"));
  return swapped === nfkc ? null : normalizeArabic(swapped);
}
