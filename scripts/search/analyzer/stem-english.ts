import porter2 from "wink-porter2-stemmer";

/**
 * Latin-script words: case and accents fold (café = cafe), possessives go, then the Porter2
 * (Snowball English) stemmer, which keeps general/generous and news/new apart where Porter's
 * original algorithm conflates them. Words of other scripts (Москва, Straße) only fold.
 */
export function stemLatin(word: string): string {
  const folded = word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/['’]/g, "");
  return /^[a-z]+$/.test(folded) ? porter2(folded) : folded;
}
