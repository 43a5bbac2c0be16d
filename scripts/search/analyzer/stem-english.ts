import { stemmer } from "stemmer";

/** Latin-script words: case and accents fold (café = cafe), possessives go, then Porter stemming. */
export function stemLatin(word: string): string {
  const folded = word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/['’]/g, "");
  return /^[a-z]+$/.test(folded) ? stemmer(folded) : folded;
}
