import { pick } from "../../model/pick-version.ts";
import { textDirection, type Lang } from "../../content/ids.ts";
import { ENTITY_KINDS } from "../../content/schema.ts";
import type { Dossier } from "../../model/build-model.ts";
import { homeUrl, searchUrl } from "../../model/urls.ts";
import { formatNumber, numberingSystem } from "../../text/format-date.ts";
import type { UiStrings } from "../ui-strings.ts";
import { scriptJson } from "../script-json.ts";
import { pageBase, text, type PageBase, type PageContext } from "./page-context.ts";

interface Option {
  value: string;
  label: string;
  lang?: Lang;
}

export interface SearchPage extends PageBase {
  kind: "search";
  filters: { name: string; label: string; options: Option[]; groups?: { label: string; options: Option[] }[] }[];
  /** What the search script shows beside each result's own data (strings, directions, dossier titles), as JSON for the page. */
  browserStrings: string;
  /** Locale for numbers the script formats, with the site's digits. */
  numberLocale: string;
}

export function searchPages(ctx: PageContext): SearchPage[] {
  const { languages, dossiers, entities, site } = ctx.model;
  const titleIn = (d: Dossier, lang: Lang) => {
    const shown = pick(d.versions, lang, languages);
    return { title: shown.value.data.title, lang: shown.lang };
  };
  const urls = Object.fromEntries(languages.map((l) => [l, searchUrl(l)]));
  const years = [...new Set(dossiers.flatMap((d) => d.articles.map((a) => a.date.date.slice(0, 4))))].sort().reverse();
  return languages.map((lang) => {
    const strings = ctx.strings[lang].search as UiStrings;
    const label = (key: string) => text(ctx, lang, `search.${key}`);

    const browser = {
      searching: strings.searching,
      count: strings.count,
      none: strings.none,
      none_hint: strings.none_hint,
      failed: strings.failed,
      also_in: strings.also_in,
      separator: text(ctx, lang, "separator"),
      languages: ctx.strings[lang].language_names,
      in_language: ctx.strings[lang].in_language,
      directions: Object.fromEntries(languages.map((l) => [l, textDirection(l)])),
      // Each dossier's title in each language (else its first), as a result in that language shows it.
      dossiers: Object.fromEntries(dossiers.map((d) => [d.id, Object.fromEntries(languages.map((l) => [l, titleIn(d, l)]))])),
    };
    return {
      ...pageBase(ctx, { kind: "search", url: searchUrl(lang), lang, heading: label("title"), crumbs: [{ title: text(ctx, lang, "home"), url: homeUrl(lang) }] }, urls, searchUrl),
      kind: "search",
      filters: [
        { name: "lang", label: label("language"), options: languages.map((l) => ({ value: l, label: text(ctx, lang, `language_names.${l}`) })) },
        {
          name: "dossier",
          label: label("dossier"),
          options: dossiers.map((d) => {
            const shown = titleIn(d, lang);
            return { value: d.id, label: shown.title, lang: shown.lang };
          }),
        },
        {
          name: "entity",
          label: label("entity"),
          options: [],
          groups: ENTITY_KINDS.map((kind) => ({
            label: text(ctx, lang, `entity_kinds.${kind}`),
            options: entities.filter((e) => e.kind === kind).map((e) => ({ value: `${kind}/${e.id}`, label: e.names[lang] })),
          })).filter((g) => g.options.length),
        },
        { name: "year", label: label("year"), options: years.map((y) => ({ value: y, label: formatNumber(Number(y), lang, site) })) },
      ],
      browserStrings: scriptJson(browser),
      numberLocale: `${site.locale[lang]}-u-nu-${numberingSystem(site.digits[lang])}`,
    };
  });
}
