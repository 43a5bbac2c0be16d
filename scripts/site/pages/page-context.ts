import type { MarkdownIt } from "markdown-it";
import { textDirection, type Lang } from "../../content/ids.ts";
import type { Article, Model } from "../../model/build-model.ts";
import { pick } from "../../model/pick-version.ts";
import { articleUrl, homeUrl, searchUrl } from "../../model/urls.ts";
import { formatDate, formatNumber } from "../../text/format-date.ts";
import type { ShareMeta } from "../share/share-meta.ts";
import { interpolate, pluralize, type UiStrings } from "../ui-strings.ts";

/** Everything the page builders share: the model, the interface strings, the base path, Markdown. */
export interface PageContext {
  model: Model;
  strings: Record<Lang, UiStrings>;
  base: string;
  md: MarkdownIt;
}

export type Dir = ReturnType<typeof textDirection>;

export interface Link {
  title: string;
  url: string;
  lang: Lang;
  dir: Dir;
}

/** Fields every page has; layouts read them to fill `<html>`, `<head>` and the header. */
export interface PageBase {
  kind: string;
  url: string;
  lang: Lang;
  dir: Dir;
  /** The page's own heading. */
  heading: string;
  /** `<title>`: heading and site title. */
  docTitle: string;
  description: string;
  siteTitle: string;
  /**
   * Between the items of a line of metadata: a middle dot in English; in Arabic a bullet, as a
   * middle dot beside Arabic-Indic digits reads as a zero (٩ · يناير as ٩٠ يناير).
   */
  separator: string;
  /** The home and search pages in this page's language. */
  homeUrl: string;
  searchUrl: string;
  /** hreflang alternates: only real translations of this page (itself included), else empty. */
  alternates: { lang: Lang; url: string }[];
  /** The header's language switch: the translation of this page, or the nearest page in that language. */
  switchTo: { lang: Lang; url: string; label: string; exact: boolean }[];
  crumbs: { title: string; url: string }[];
  /** Link previews, JSON-LD, citation tags, feeds (scripts/site/share/). */
  share?: ShareMeta;
}

/** An entry of the language file; `a.b` reaches into groups. */
function lookup(ctx: PageContext, lang: Lang, key: string): string | UiStrings | undefined {
  let node: string | UiStrings | undefined = ctx.strings[lang];
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return node;
}

/** A string from the language file. */
export function text(ctx: PageContext, lang: Lang, key: string, values: Record<string, string> = {}): string {
  const node = lookup(ctx, lang, key);
  if (typeof node !== "string") throw new Error(`UI string ${key} is missing from layouts/i18n/${lang}.json`);
  return interpolate(node, values);
}

export function countText(ctx: PageContext, lang: Lang, key: string, n: number): string {
  const forms = lookup(ctx, lang, key);
  if (typeof forms !== "object") throw new Error(`UI string ${key} in layouts/i18n/${lang}.json must list plural forms`);
  return pluralize(forms, n, ctx.model.site.locale[lang], formatNumber(n, lang, ctx.model.site));
}

/** An article as listed on another page: in the reader's language when it exists, else flagged. */
export interface ArticleItem extends Link {
  notice?: string;
  dateIso: string;
  dateText: string;
  summary?: string;
  source?: string;
}

export function articleItem(ctx: PageContext, article: Article, lang: Lang): ArticleItem {
  const { lang: shown, value } = pick(article.versions, lang, ctx.model.languages);
  return {
    title: value.data.title,
    url: articleUrl(shown, article.dossierId, article.id),
    lang: shown,
    dir: textDirection(shown),
    notice: shown === lang ? undefined : text(ctx, lang, `only_in.${shown}`),
    dateIso: article.date.date,
    // Lists show the day only; the article page shows the time too.
    dateText: formatDate({ date: article.date.date }, lang, ctx.model.site),
    summary: value.data.summary,
    source: value.data.source?.name,
  };
}

export function pageBase(
  ctx: PageContext,
  fields: { kind: string; url: string; lang: Lang; heading: string; description?: string; crumbs?: { title: string; url: string }[] },
  versions: Partial<Record<Lang, string>>,
  fallback: (lang: Lang) => string,
): PageBase {
  const { site, languages } = ctx.model;
  const translated = languages.filter((l) => versions[l]);
  const siteTitle = site.title[fields.lang];
  return {
    ...fields,
    dir: textDirection(fields.lang),
    docTitle: fields.heading === siteTitle ? siteTitle : `${fields.heading} — ${siteTitle}`,
    description: fields.description ?? site.description[fields.lang] ?? siteTitle,
    siteTitle,
    separator: text(ctx, fields.lang, "separator"),
    homeUrl: homeUrl(fields.lang),
    searchUrl: searchUrl(fields.lang),
    alternates: translated.length > 1 ? translated.map((l) => ({ lang: l, url: versions[l]! })) : [],
    switchTo: languages
      .filter((l) => l !== fields.lang)
      .map((l) => ({ lang: l, url: versions[l] ?? fallback(l), label: text(ctx, l, "language_name"), exact: Boolean(versions[l]) })),
    crumbs: fields.crumbs ?? [],
  };
}
