/*
 * Light stemming after Larkey's Light10, made more conservative where Light10 conflates
 * words (it turns لبنان into لبن "milk" and تعاون into تعا), and extended to the و/ف + ب/ك/ل
 * proclitic stacks and the possessive suffixes it misses. Input is a normalized word
 * (see normalize-arabic.ts).
 *
 * Each word gets primary readings (its stem; two where a ت before a pronoun may be a noun's or a
 * verb's) and, when it may start with a one-letter proclitic (و ف ب ك ل not followed by ال),
 * alternative readings with that letter removed: بلبنان may be ب + لبنان, but بيان is not ب + يان.
 * Which readings may meet is decided in analyze.ts.
 */

/** Definite-article stacks, longest first; removed when at least 3 letters remain (so الله stays). */
const ARTICLES = ["وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"];
const MIN_STEM = 3;

/** Possessive (and object) pronouns; before them a taa marbuta is written ت (عاصمتها is عاصمة + ها). */
const PRONOUNS = ["هما", "ها", "هم", "نا", "ه"];
/** Suffixes in the order they are tried (Light10's, with the possessives added). */
const SUFFIXES = ["هما", "ها", "هم", "نا", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
const ROOT_LIKE = ["ان", "ون", "ين"];

/**
 * Words whose final ان/ون/ين belong to the word, where removing them would leave another
 * word: places and names (لبنان is not لبن, عدنان is not عدن, شعبان is not شعب) and nouns
 * (زيتون is not زيت). Only three-letter remainders are at risk; longer ones are left as stems.
 */
const KEEP_ENDING = new Set(
  (
    "لبنان سودان يونان ايران عثمان عدنان شعبان رمضان سلطان بركان ميدان انسان حمدان زيدان مروان سفيان نعمان " +
    "لقمان عمران شيطان برهان عنوان حيوان ديوان سلمان جبران عجمان زهران حوران نجران همدان تطوان جازان رضوان " +
    "صفوان كنعان قحطان بنيان طوفان ايمان احسان بستان فرمان حرمان نسيان طيران دوران فيضان عصيان غليان ثوران " +
    "ميزان بطلان عدوان طغيان بلقان زيتون سعدون خلدون هارون قانون مضمون صابون ليمون فرعون طاعون زيدون حمدون " +
    "مجنون مسجون مامون ياسين شاهين نسرين تامين تمرين مسكين"
  ).split(" "),
);

function stripArticle(word: string): string {
  for (const article of ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= MIN_STEM) return word.slice(article.length);
  }
  return word;
}

/**
 * Suffixes off, repeated until stable, so that لبنانيون → لبناني → لبنان and تحالفاتها →
 * تحالفات → تحالف. A ت left before a pronoun is a taa marbuta in a noun (عاصمتها is عاصمة + ها)
 * but the subject of a verb (سمعتها is سمعت + ها): both readings are kept, the noun's first.
 */
function stripSuffixes(word: string): string[] {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_STEM) continue;
    if (ROOT_LIKE.includes(suffix) && KEEP_ENDING.has(word)) continue;
    const rest = word.slice(0, -suffix.length);
    if (PRONOUNS.includes(suffix) && rest.length > MIN_STEM && rest.endsWith("ت") && !rest.endsWith("ات")) {
      return [...new Set([...stripSuffixes(rest.slice(0, -1)), ...stripSuffixes(rest)])];
    }
    return stripSuffixes(rest);
  }
  return [word];
}

/** A reading of a word: its stem, and the word as written without its proclitics (for ranking). */
export interface StemReading {
  stem: string;
  written: string;
}

/** The primary readings of a normalized word: its article stack off, then its suffixes. */
export function primaryReadings(word: string): StemReading[] {
  const written = stripArticle(word);
  return stripSuffixes(written).map((stem) => ({ stem, written }));
}

/** One-letter proclitics: a conjunction (و ف) then a preposition (ب ك ل). */
const CONJUNCTIONS = "وف";
const PREPOSITIONS = "بكل";

/**
 * Common words whose first letter is part of the word although it looks like a proclitic,
 * and whose remainder is another word: لجنة is not ل + جنة, فلسطين is not ف + لسطين. Kept as
 * stems, so that their inflected forms (لجنتها, فلسطينيين) are covered too. Words whose
 * remainder is hollow (وزير, كتاب) need no place here (see HOLLOW).
 */
const KEEP_INITIAL = new Set(
  (
    "وطني وحده واقع ورقه وادي واجب وارد وافق فكره فلسطين فرنسا فيلم فرصه فتره فندق فيروس فارس فيصل " +
    "بريطانيا بغداد بيروت برلمان برنامج بعثه كلمه كتله كارثه لجنه لحظه لبنان ليبيا لندن"
  )
    .split(" ")
    .flatMap((w) => primaryReadings(w).map((r) => r.stem)),
);

/**
 * A three-letter stem with a long vowel in the middle (سام, زير, تاب, عود). Left over once a
 * first letter is read as a proclitic, it nearly always means that letter belongs to the word,
 * a فعال, فعيل or فعول of a root beginning with it: وسام, وزير, كتاب, وعود, كريم, بلاد.
 */
const HOLLOW = /^.[\u0627\u0648\u064A].$/;

/**
 * Readings of the word with its first one or two letters as proclitics (وبحضور → حضور). None
 * when the word is listed as keeping its first letter, nor when what would remain is a hollow
 * three-letter stem (see HOLLOW): وسام does not read as و + سام.
 */
export function alternativeReadings(word: string, primaries = primaryReadings(word)): StemReading[] {
  if (primaries.some((r) => KEEP_INITIAL.has(r.stem))) return [];
  const readings: StemReading[] = [];
  const tryRest = (rest: string) => {
    if (rest.length < MIN_STEM || rest.startsWith("ال")) return;
    const own = primaryReadings(rest);
    if (own.every((r) => HOLLOW.test(r.stem))) return;
    readings.push(...own);
  };
  const first = word[0] ?? "";
  if (CONJUNCTIONS.includes(first)) {
    tryRest(word.slice(1));
    if (PREPOSITIONS.includes(word[1] ?? "")) tryRest(word.slice(2));
  } else if (PREPOSITIONS.includes(first)) {
    tryRest(word.slice(1));
  }
  return readings;
}
