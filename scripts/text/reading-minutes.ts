import type { Lang } from "../content/ids.ts";

/*
 * Silent reading speeds of adult readers, in words a minute, from the International Reading
 * Speed Texts study (Trauzettel-Klosinski & Dietz, 2012): Arabic 138, English 228. Arabic reads
 * slower per word because its words carry clitics that English writes as separate words.
 */
const WORDS_PER_MINUTE: Record<Lang, number> = { ar: 138, en: 228 };

/** Minutes it takes to read a text in its language, at least one. */
export function readingMinutes(text: string, lang: Lang): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}
