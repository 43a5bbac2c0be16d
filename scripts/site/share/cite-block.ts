import type { Lang } from "../../content/ids.ts";
import type { Article } from "../../model/build-model.ts";
import { text, type PageContext } from "../pages/page-context.ts";
import { formatDate } from "../../text/format-date.ts";
import { citationData, type CitationData } from "./citation.ts";
import { citationUrl } from "./share-urls.ts";

/** The "cite this" block of an article page: the citation as text in the page's language, and its files. */
export interface CiteBlock {
  text: string;
  url: string;
  downloads: { label: string; url: string; type: string }[];
  data: CitationData;
}

export function citeBlock(ctx: PageContext, article: Article, lang: Lang, pageUrl: string, permalink: string): CiteBlock {
  const t = (key: string, values?: Record<string, string>) => text(ctx, lang, `share.cite.${key}`, values);
  const { site } = ctx.model;
  const data = citationData(article, lang, site.title[lang], permalink);
  const sep = t("separator");
  const first = [data.author, t("quoted", { title: data.title }), data.source, formatDate({ date: data.date.date }, lang, site)].filter(Boolean).join(sep);
  const second = [t("read_in", { site: data.site }), data.retrieved && t("saved", { date: formatDate(data.retrieved, lang, site) })].filter(Boolean).join(sep);
  return {
    text: `${first}. ${second}.`,
    url: permalink,
    downloads: [
      { label: "BibTeX", url: citationUrl(pageUrl, "bib"), type: "application/x-bibtex" },
      { label: "RIS", url: citationUrl(pageUrl, "ris"), type: "application/x-research-info-systems" },
      { label: "CSL-JSON", url: citationUrl(pageUrl, "json"), type: "application/vnd.citationstyles.csl+json" },
    ],
    data,
  };
}
