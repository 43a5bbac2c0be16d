import { readFile } from "node:fs/promises";
import path from "node:path";
import { ContentError, type ContentProblem } from "../content/content-error.ts";
import type { Lang } from "../content/ids.ts";

export interface UiStrings {
  [key: string]: string | UiStrings;
}

const PLURAL_FORMS = new Set(["zero", "one", "two", "few", "many", "other"]);
const isPlural = (v: UiStrings): boolean => "other" in v && Object.keys(v).every((k) => PLURAL_FORMS.has(k));

/** Every language file must have the same keys as the reference (English); plural groups may differ in forms. */
function compare(reference: UiStrings, other: UiStrings, file: string, prefix: string, problems: ContentProblem[]): void {
  for (const key of new Set([...Object.keys(reference), ...Object.keys(other)])) {
    const field = prefix + key;
    const [a, b] = [reference[key], other[key]];
    if (b === undefined || a === undefined) {
      problems.push({
        file,
        field,
        expected: b === undefined ? "the same keys as en.json" : "only keys that en.json has",
        found: b === undefined ? "nothing (the key is missing)" : "an extra key",
        hint: b === undefined ? "add the translation of this string." : "remove it or add it to every language file.",
      });
    } else if (typeof a !== typeof b) {
      problems.push({ file, field, expected: typeof a === "string" ? "text" : "a group of strings", found: typeof b === "string" ? "text" : "a group", hint: "match the shape of en.json." });
    } else if (typeof a === "object" && typeof b === "object" && !(isPlural(a) && isPlural(b))) {
      compare(a, b, file, `${field}.`, problems);
    }
  }
}

/** Loads `layouts/i18n/<lang>.json` for every language, checked against en.json. */
export async function loadUiStrings(layoutsDir: string, languages: Lang[]): Promise<Record<Lang, UiStrings>> {
  const read = async (lang: Lang) => JSON.parse(await readFile(path.join(layoutsDir, "i18n", `${lang}.json`), "utf8")) as UiStrings;
  const reference = await read("en");
  const problems: ContentProblem[] = [];
  const result = {} as Record<Lang, UiStrings>;
  for (const lang of languages) {
    result[lang] = lang === "en" ? reference : await read(lang);
    compare(reference, result[lang], path.relative(process.cwd(), path.join(layoutsDir, "i18n", `${lang}.json`)), "", problems);
  }
  if (problems.length) throw new ContentError(problems);
  return result;
}

/** Fills `{name}` placeholders. */
export function interpolate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form for n (Arabic has six) and fills `{n}` with the number as given. */
export function pluralize(forms: UiStrings, n: number, locale: string, shown: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const category = n === 0 && "zero" in forms ? "zero" : rules.select(n);
  const form = forms[category] ?? forms.other;
  return interpolate(typeof form === "string" ? form : "", { n: shown });
}
