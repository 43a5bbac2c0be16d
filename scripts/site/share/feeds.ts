import { Feed } from "feed";
import type { Lang } from "../../content/ids.ts";
import { homeUrl } from "../../model/urls.ts";
import { escapeHtml } from "../../text/escape-html.ts";
import type { ArticlePage } from "../pages/article-pages.ts";
import type { SitePages } from "../pages/build-pages.ts";
import type { Absolute } from "./share-meta.ts";
import type { FeedTitle } from "./share-strings.ts";
import { feedUrl } from "./share-urls.ts";

/** Entries per feed: the newest. A full-text feed of a 10,000-article site would weigh hundreds of megabytes. */
export const FEED_ENTRIES = 50;

export interface FeedFile {
  url: string;
  xml: string;
}

/** A content date as a Date: the time, when given, read as UTC (the content carries no zone). */
const toDate = (iso: string): Date => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}:00Z`);

/** What every feed of a site shares: where it is published (`site`, under which `base` is served). */
interface FeedSite {
  site: string;
  base: string;
  abs: Absolute;
}

/** The article's HTML for a feed reader: absolute addresses, no "link to this" controls (they only work on the page). */
function feedHtml(page: ArticlePage, { base, site }: FeedSite): string {
  return page.article.bodyHtml.replace(/<a class="block-link"[^>]*><\/a>/g, "").replaceAll(` href="${base}`, ` href="${site}`).replaceAll(` src="${base}`, ` src="${site}`);
}

function atom(lang: Lang, title: string, page: string, pages: ArticlePage[], where: FeedSite): string {
  const { abs } = where;
  const url = feedUrl(page);
  const newest = [...pages].sort((a, b) => b.article.dateIso.localeCompare(a.article.dateIso) || a.url.localeCompare(b.url)).slice(0, FEED_ENTRIES);
  const feed = new Feed({
    id: abs(url),
    title,
    link: abs(page),
    language: lang,
    // The newest article's date, never the build's: the same content gives the same feed.
    updated: toDate(newest[0]?.article.dateIso ?? "1970-01-01"),
    generator: "milaff",
    feedLinks: { atom: abs(url) },
  });
  for (const p of newest) {
    const source = p.article.source;
    // The feed library marks entry titles and summaries type="html": plain text written there
    // would reach feed readers as markup, so it is escaped to read as the curator wrote it.
    feed.addItem({
      title: escapeHtml(p.article.title),
      id: abs(p.url),
      link: abs(p.url),
      date: toDate(p.article.dateIso),
      published: toDate(p.article.dateIso),
      description: p.article.summary && escapeHtml(p.article.summary),
      content: feedHtml(p, where),
      author: source ? [{ name: source.author ?? source.name }] : undefined,
    });
  }
  // The feed library writes no xml:lang; Atom readers take the text's language from it.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
}

/** An Atom feed per language and per dossier and language, newest first. */
export function buildFeeds(pages: SitePages, languages: Lang[], title: FeedTitle, where: FeedSite): FeedFile[] {
  const files: FeedFile[] = [];
  for (const lang of languages) {
    const articles = pages.article.filter((p) => p.lang === lang);
    files.push({ url: feedUrl(homeUrl(lang)), xml: atom(lang, title(lang), homeUrl(lang), articles, where) });
    for (const dossier of pages.dossier.filter((p) => p.lang === lang)) {
      const inDossier = articles.filter((p) => p.url.startsWith(dossier.url));
      files.push({ url: feedUrl(dossier.url), xml: atom(lang, title(lang, dossier.heading), dossier.url, inDossier, where) });
    }
  }
  return files;
}
