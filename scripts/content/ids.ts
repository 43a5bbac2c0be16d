/**
 * Ids are lowercase ASCII so that shared links survive chat apps and e-mail intact;
 * they become URL segments and never change once published.
 */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const LANGUAGES = ["ar", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Language names in English, for messages to curators. */
export const LANGUAGE_NAMES: Record<Lang, string> = { ar: "Arabic", en: "English" };

/** Arabic reads right to left, English left to right. */
export const textDirection = (lang: Lang): "rtl" | "ltr" => (lang === "ar" ? "rtl" : "ltr");

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** Path segments the site uses under `/<lang>/`; a dossier with one of these ids would hide a page. */
export const RESERVED_DOSSIER_IDS = ["people", "orgs", "places", "search", "feed", "tags", "assets", "media", "pagefind", "offline"];

/** Suggests a valid id for an invalid one (lowercased, spaces and punctuation to hyphens). */
export function suggestId(raw: string): string {
  const ascii = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii || "article-id";
}

export interface ContentFileName {
  id: string;
  lang: string;
}

/** `haftar-amman.ar.md` → { id: "haftar-amman", lang: "ar" }; null when there is no language suffix. */
export function parseContentFileName(fileName: string): ContentFileName | null {
  const match = /^(.*)\.([^.]+)\.md$/.exec(fileName);
  if (!match) return null;
  return { id: match[1]!, lang: match[2]! };
}
