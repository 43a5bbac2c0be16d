import type { Lang } from "../content/ids.ts";
import { ENTITY_KINDS } from "../content/schema.ts";
import type { Article, Dossier, Model } from "../model/build-model.ts";
import { articleUrl } from "../model/urls.ts";
import { createMarkdown } from "../site/markdown/create-markdown.ts";
import { formatDate } from "../site/format-date.ts";
import { indexKeys } from "./analyzer/analyze.ts";
import { hideText } from "./hidden-text.ts";
import { markdownText } from "./markdown-text.ts";

/** What a search result shows, stored with the record (hidden from Pagefind's own indexing). */
export interface ResultInfo {
  title: string;
  lang: Lang;
  /** `dossier/article`: the key that groups the language versions of one article. */
  article: string;
  dossier: string;
  date: string;
  dateText: string;
  /** Where the original text (summary, note, body) that excerpts are cut from is published. */
  textUrl: string;
  /** The same article in the other languages. */
  versions: { lang: Lang; url: string; title: string }[];
}

export interface SearchRecord {
  url: string;
  content: string;
  meta: { info: string };
  filters: Record<"lang" | "dossier" | "entity" | "year", string[]>;
  /** The original text, published beside the index for excerpts (Pagefind need not carry it). */
  text: string;
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
 * One record per article version. The indexed content is milaff's analysis of the text plus
 * the names and dates around it; Pagefind only stores and intersects those keys.
 */
export function* searchRecords(model: Model): Generator<SearchRecord> {
  const md = createMarkdown();
  const entityNames = new Map(model.entities.map((e) => [`${e.kind}/${e.id}`, e.names]));
  const record = (dossier: Dossier, article: Article, lang: Lang): SearchRecord => {
    const version = article.versions[lang]!;
    const { data } = version;
    const dossierTitle = (dossier.versions[lang] ?? dossier.versions[dossier.languages[0]!]!).data.title;
    const entities = ENTITY_KINDS.flatMap((kind) => article.entities[kind].map((id) => `${kind}/${id}`));
    const text = [data.summary, data.note, markdownText(md, version.body)].filter(Boolean).join("\n\n");
    const dateText = formatDate({ date: version.date.date }, lang, model.site);
    const around = [
      data.source?.name,
      data.source?.author,
      ...(data.source?.via ?? []).map((v) => v.name),
      ...entities.map((key) => entityNames.get(key)![lang]),
      dateText,
      version.date.date,
      ...(data.tags ?? []),
    ].filter(Boolean);
    const info: ResultInfo = {
      title: data.title,
      lang,
      article: `${article.dossierId}/${article.id}`,
      dossier: dossierTitle,
      date: version.date.date,
      dateText,
      textUrl: searchTextUrl(articleUrl(lang, article.dossierId, article.id)),
      versions: article.languages
        .filter((l) => l !== lang)
        .map((l) => ({ lang: l, url: articleUrl(l, article.dossierId, article.id), title: article.versions[l]!.data.title })),
    };
    return {
      url: articleUrl(lang, article.dossierId, article.id),
      content: indexKeys([data.title, text, ...around].join("\n"), MAX_REPEATS),
      meta: { info: hideText(JSON.stringify(info)) },
      filters: { lang: [lang], dossier: [article.dossierId], entity: entities, year: [version.date.date.slice(0, 4)] },
      text,
    };
  };
  for (const dossier of model.dossiers) for (const article of dossier.articles) for (const lang of article.languages) yield record(dossier, article, lang);
}
