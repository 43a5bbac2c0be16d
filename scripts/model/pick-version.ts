import type { Lang } from "../content/ids.ts";

/** The version in `lang` if there is one, else the first in the site's language order. */
export function pick<T>(versions: Partial<Record<Lang, T>>, lang: Lang, languages: Lang[]): { lang: Lang; value: T } {
  const chosen = versions[lang] ? lang : languages.find((l) => versions[l])!;
  return { lang: chosen, value: versions[chosen]! };
}
