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
const ARTICLE_MIN_REST = 3;

/**
 * Suffixes, in Light10's order (with the possessives هما, هم, نا added), and the letters that
 * must remain. ان/ون/ين need four: in names and nouns they are often root letters (لبنان,
 * عمان, سودان, عون, تعاون, دين).
 */
const SUFFIXES: [string, number][] = [
  ["هما", 3],
  ["ها", 3],
  ["هم", 3],
  ["نا", 3],
  ["ان", 4],
  ["ات", 3],
  ["ون", 4],
  ["ين", 4],
  ["يه", 3],
  ["ه", 3],
  ["ي", 3],
];

/** One-letter proclitics: a conjunction (و ف) then a preposition (ب ك ل). */
const CONJUNCTIONS = "وف";
const PREPOSITIONS = "بكل";
/** Letters that must remain after removing one-letter proclitics: وطن is not و + طن. */
const PROCLITIC_MIN_REST = 3;

function stripArticle(word: string): string {
  for (const article of ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= ARTICLE_MIN_REST) return word.slice(article.length);
  }
  return word;
}

function stripSuffixes(word: string): string {
  // Repeated until stable, so that لبنانيون → لبناني → لبنان and تحالفاتها → تحالفات → تحالف.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [suffix, minRest] of SUFFIXES) {
      if (word.endsWith(suffix) && word.length - suffix.length >= minRest) {
        word = word.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return word;
}

export function primaryStem(word: string): string {
  return stripSuffixes(stripArticle(word));
}

/** Stems of the word read with its first one or two letters as proclitics (وبحضور → حضور). */
export function alternativeStems(word: string): string[] {
  const readings: string[] = [];
  const tryRest = (rest: string) => {
    if (rest.length >= PROCLITIC_MIN_REST && !rest.startsWith("ال")) readings.push(primaryStem(rest));
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
