import transliterate from "@sindresorhus/transliterate";
import { suggestId } from "../content/ids.ts";
import type { ContentDate } from "../content/parse-date.ts";

const MAX_WORDS = 6;

/**
 * An id for an imported article: its date, then the first words of its title in ASCII
 * (2026-01-09-teawn-eskry-byn-lybya-walardn). Printed for the curator, who may choose another.
 */
export function proposeId(title: string, date: ContentDate | undefined): string {
  const words = suggestId(transliterate(title)).split("-").slice(0, MAX_WORDS).join("-");
  return [date?.date, words].filter(Boolean).join("-") || "article";
}
