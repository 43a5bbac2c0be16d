import type { Lang } from "../content/ids.ts";
import { ENTITY_KINDS } from "../content/schema.ts";
import type { ArticleFile } from "../content/validate-dossiers.ts";
import type { Article, Model } from "../model/build-model.ts";
import { entityIndex } from "../model/entity-index.ts";
import { articleUrl, withBase } from "../model/urls.ts";
import { formatDate } from "../text/format-date.ts";
import { createMarkdown } from "../text/markdown/create-markdown.ts";
import { indexKeys } from "./analyzer/analyze.ts";
import { hideText } from "./hidden-text.ts";
import { markdownText } from "../text/markdown/markdown-text.ts";

/**
 * One language version of a found article, as the result list shows it: addresses are worked
 * out here, base path included, so that the browser code depends on nothing but search. The
 * search page carries what every result shares (directions, dossier titles; search-pages.ts).
 * Stored in every record's fragment, so kept small.
 */
export interface ResultVersion {
  lang: Lang;
  /** The page's address, base path included. */
  href: string;
  title: string;
  dateText: string;
  /** Where the text that excerpts are cut from (summary, note, body) is published, base path included. */
  textHref: string;
}

/** What a search result shows, stored with the record (hidden from Pagefind's own indexing). */
export interface ResultInfo {
  date: string;
  /** The article in each of its languages, the original first. */
  versions: ResultVersion[];
}

export interface SearchRecord {
  url: string;
  content: string;
  /** `title`: the keys of the article's titles, which Pagefind ranks above words of the text. */
  meta: { info: string; title: string };
  filters: Record<"lang" | "dossier" | "entity" | "year", string[]>;
  /** The excerpt text of each version, published beside the index (Pagefind need not carry it). */
  texts: { url: string; text: string }[];
}

/** `/ar/d/a/` → `/search-text/ar/d/a.txt`: the excerpt source of one article version. */
export const searchTextUrl = (url: string): string => `/search-text${url.replace(/\/$/, "")}.txt`;

/**
 * Occurrences of one word indexed per record. Ranking saturates after a few occurrences
 * (BM25's term-frequency curve is nearly flat beyond three), while every occurrence costs
 * Pagefind indexing time; function words repeated dozens of times per article are the bulk.
 */
const MAX_REPEATS = 3;

/** One language shared by every record: Pagefind then builds one index for both languages and stems nothing. */
export const INDEX_LANGUAGE = "zxx";

/**
 * One record per article, holding all its language versions: a search finds the article once,
 * whichever versions match, and counts articles. The indexed content is milaff's analysis of
 * each version's text and of the names and dates around it; Pagefind only stores and
 * intersects those keys.
 */
export function* searchRecords(model: Model, base = "/"): Generator<SearchRecord> {
  const md = createMarkdown();
  const entities = entityIndex(model);
  const record = (article: Article): SearchRecord => {
    const named = ENTITY_KINDS.flatMap((kind) => article.entities[kind].map((id) => `${kind}/${id}`));
    const languages = [article.original, ...article.languages.filter((l) => l !== article.original)];
    const indexed: string[] = [];
    const versions = languages.map((lang) => {
      const { data, body, date }: ArticleFile = article.versions[lang]!;
      const url = articleUrl(lang, article.dossierId, article.id);
      const dateText = formatDate({ date: date.date }, lang, model.site);
      const note = data.note ? markdownText(md, data.note, lang) : undefined;
      const bodyText = markdownText(md, body, lang);
      // The body's code blocks are searchable but make poor excerpts; a note's are kept.
      const text = [data.summary, note?.all, bodyText.prose].filter(Boolean).join("\n\n");
      const around = [data.source?.name, data.source?.author, ...(data.source?.via ?? []).map((v) => v.name), ...named.map((key) => entities.get(key)!.names[lang]), dateText, date.date, ...(data.tags ?? [])];
      indexed.push(text, bodyText.code, ...around.filter((s): s is string => Boolean(s)));
      const version: ResultVersion = { lang, href: withBase(base, url), title: data.title, dateText, textHref: withBase(base, searchTextUrl(url)) };
      return { version, url, text };
    });
    const info: ResultInfo = { date: article.date.date, versions: versions.map((v) => v.version) };
    return {
      url: versions[0]!.url,
      content: indexKeys(indexed.join("\n"), MAX_REPEATS),
      meta: { info: hideText(JSON.stringify(info)), title: indexKeys(versions.map((v) => v.version.title).join("\n")) },
      filters: { lang: languages, dossier: [article.dossierId], entity: named, year: [article.date.date.slice(0, 4)] },
      texts: versions.map(({ url, text }) => ({ url, text })),
    };
  };
  for (const dossier of model.dossiers) for (const article of dossier.articles) yield record(article);
}
