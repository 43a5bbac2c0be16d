import { normalizeArabic } from "../text/normalize-arabic.ts";

/**
 * Text as readers compare it: what search's normalization folds (hamza seats, ة/ى, diacritics,
 * tatweel, digits), case, spacing and trailing punctuation do not matter. Used to match widget lines and to read dates.
 */
export function comparable(line: string): string {
  return normalizeArabic(line)
    .replace(/[:：.،,!؟?…\s]+$/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
