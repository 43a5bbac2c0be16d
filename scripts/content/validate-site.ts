import type { ContentProblem } from "./content-error.ts";
import { isValidId, LANGUAGE_NAMES, suggestId, type Lang } from "./ids.ts";
import type { RawYaml } from "./load-content.ts";
import { parseWithSchema } from "./parse-with-schema.ts";
import { ENTITY_KINDS, entitiesSchema, siteSchema, type EntityKind } from "./schema.ts";

export type Digits = "arabic" | "latin";

export interface SiteConfig {
  title: Record<Lang, string>;
  description: Partial<Record<Lang, string>>;
  /** In the order the site lists them; the first is the primary language. */
  languages: Lang[];
  /** Public address, for canonical links; absent on sites not yet published. */
  url?: string;
  locale: Record<Lang, string>;
  digits: Record<Lang, Digits>;
  calendar: "gregorian" | "hijri";
}

export interface EntityDef {
  kind: EntityKind;
  id: string;
  names: Record<Lang, string>;
  about: Partial<Record<Lang, string>>;
}

const DEFAULT_LOCALE: Record<Lang, string> = { ar: "ar-EG", en: "en-GB" };
const DEFAULT_DIGITS: Record<Lang, Digits> = { ar: "arabic", en: "latin" };

export function validateSite(raw: RawYaml | null, contentFile: string, problems: ContentProblem[]): SiteConfig | null {
  if (!raw) {
    problems.push({
      file: contentFile,
      field: "(file)",
      expected: "a site.yml file with the site title in each language",
      found: "no file",
      hint: "create it with a line such as   title: { ar: ملفاتي, en: My dossiers }   (see README.md, Content format).",
    });
    return null;
  }
  const data = parseWithSchema(siteSchema, raw.data, raw.file, "site", problems);
  if (!data) return null;
  const languages = [...new Set(data.languages ?? (["ar", "en"] as Lang[]))];
  let ok = true;
  for (const lang of languages) {
    if (!data.title[lang]) {
      ok = false;
      problems.push({
        file: raw.file,
        field: `title.${lang}`,
        expected: `the site title in ${LANGUAGE_NAMES[lang]}`,
        found: "nothing (the field is missing)",
        hint: `add   ${lang}: …   under title:, or remove ${lang} from languages.`,
      });
    }
    const locale = data.locale?.[lang];
    if (locale && (!Intl.DateTimeFormat.supportedLocalesOf(locale).length || !locale.toLowerCase().startsWith(lang))) {
      ok = false;
      problems.push({
        file: raw.file,
        field: `locale.${lang}`,
        expected: `a locale of the ${lang} language such as ${DEFAULT_LOCALE[lang]}`,
        found: JSON.stringify(locale),
        hint: "ar-EG gives يناير, ar-SY gives كانون الثاني, ar-MA gives يناير with Maghrebi forms; en-GB or en-US for English.",
      });
    }
  }
  if (!ok) return null;
  return {
    title: data.title as Record<Lang, string>,
    description: data.description ?? {},
    languages,
    url: data.url,
    locale: { ...DEFAULT_LOCALE, ...data.locale },
    digits: { ...DEFAULT_DIGITS, ...data.digits },
    calendar: data.calendar ?? "gregorian",
  };
}

export function validateEntities(raw: RawYaml | null, languages: Lang[], problems: ContentProblem[]): EntityDef[] {
  if (!raw) return [];
  const data = parseWithSchema(entitiesSchema, raw.data, raw.file, "entities", problems);
  if (!data) return [];
  const entities: EntityDef[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const [id, entity] of Object.entries(data[kind] ?? {})) {
      if (!isValidId(id)) {
        problems.push({
          file: raw.file,
          field: `${kind}.${id}`,
          expected: "an id of lowercase a-z, 0-9 and hyphens",
          found: JSON.stringify(id),
          hint: `rename it, e.g. ${suggestId(id)}; the name itself goes in ar: and en:.`,
        });
        continue;
      }
      const missing = languages.filter((lang) => !entity[lang]);
      for (const lang of missing) {
        problems.push({
          file: raw.file,
          field: `${kind}.${id}.${lang}`,
          expected: `the name in ${LANGUAGE_NAMES[lang]}`,
          found: "nothing (the field is missing)",
          hint: `add   ${lang}: …   so the ${lang} pages can name it.`,
        });
      }
      if (missing.length) continue;
      entities.push({ kind, id, names: { ar: entity.ar ?? "", en: entity.en ?? "" }, about: entity.about ?? {} });
    }
  }
  return entities;
}
