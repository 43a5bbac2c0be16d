import porter2 from "wink-porter2-stemmer";

/**
 * Latin-script words: case and accents fold (café = cafe), possessives go, then the Porter2
 * (Snowball English) stemmer, which keeps general/generous and news/new apart where Porter's
 * original algorithm conflates them. Words of other scripts (Москва, Straße) only fold.
 * Returns the stem and the folded word as written.
 */
export function latinReading(word: string): { stem: string; written: string } {
  const written = word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/['’]/g, "");
  return { stem: /^[a-z]+$/.test(written) ? porter2(written) : written, written };
}
