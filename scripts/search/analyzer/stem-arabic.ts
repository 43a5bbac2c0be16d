/*
 * Light stemming after Larkey's Light10, made more conservative where Light10 conflates
 * words (it turns لبنان into لبن "milk" and تعاون into تعا), and extended to the و/ف + ب/ك/ل
 * proclitic stacks and the possessive suffixes it misses. Input is a normalized word
 * (see normalize-arabic.ts).
 *
 * Each word gets a primary stem and, when it may start with a one-letter proclitic
 * (و ف ب ك ل not followed by ال), alternative stems with that letter removed: بلبنان may be
 * ب + لبنان, but بيان is not ب + يان. Which readings may meet is decided in analyze.ts.
 */

/** Definite-article stacks, longest first; removed when at least 3 letters remain (so الله stays). */
const ARTICLES = ["وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"];
const MIN_STEM = 3;

/** Possessive pronouns; before them a taa marbuta is written ت (عاصمتها is عاصمة + ها). */
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

function stripSuffixes(word: string): string {
  // Repeated until stable, so that لبنانيون → لبناني → لبنان and تحالفاتها → تحالفات → تحالف.
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (!word.endsWith(suffix) || word.length - suffix.length < MIN_STEM) continue;
      if (ROOT_LIKE.includes(suffix) && KEEP_ENDING.has(word)) continue;
      word = word.slice(0, -suffix.length);
      // عاصمت (from عاصمته) is عاصمه, whose ه goes like any other; not so the plural ات.
      if (PRONOUNS.includes(suffix) && word.length > MIN_STEM && word.endsWith("ت") && !word.endsWith("ات")) word = word.slice(0, -1);
      changed = true;
      break;
    }
  }
  return word;
}

export function primaryStem(word: string): string {
  return stripSuffixes(stripArticle(word));
}

/** One-letter proclitics: a conjunction (و ف) then a preposition (ب ك ل). */
const CONJUNCTIONS = "وف";
const PREPOSITIONS = "بكل";

/**
 * Common words whose first letter is part of the word although it looks like a proclitic,
 * and whose remainder is another word: وزير is not و + زير, كتاب is not ك + تاب, لجنة is not
 * ل + جنة. Kept as stems, so that their inflected forms (وزيرين, كتابهم) are covered too.
 */
const KEEP_INITIAL = new Set(
  (
    "وزير وزاره وطن وطني وفد وقت وضع وجه ولد وحده وصل وسط وثيقه واقع وكيل وكاله ولايه وعد وقف وقود ورقه وفاه " +
    "وادي وراء وسيله وظيفه وزن وليد وهم ورد وجود واجب وارد وافق وصف وعي فريق فكره فلسطين فرنسا فيلم فصل فرصه " +
    "فتره فقر فوز فتح فضل فعل فرع فرد فقد فندق فصيل فيروس فلاح فارس فهد فيصل بريطانيا بغداد بيروت برلمان بنك " +
    "بحر بحث بلد بيت بنت بطل برنامج بدايه بشر بعثه بير بقاء بيع بديل كتاب كبير كريم كلام كمال كره كلمه كنيسه " +
    "كتله كويت كارثه كشف كليه لجنه لحظه لقاء لغه لون لحم ليل لعب لبنان ليبيا لندن لواء لايحه"
  )
    .split(" ")
    .map((w) => primaryStem(w)),
);

/** Stems of the word read with its first one or two letters as proclitics (وبحضور → حضور). */
export function alternativeStems(word: string): string[] {
  if (KEEP_INITIAL.has(primaryStem(word))) return [];
  const readings: string[] = [];
  const tryRest = (rest: string) => {
    if (rest.length >= MIN_STEM && !rest.startsWith("ال")) readings.push(primaryStem(rest));
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
