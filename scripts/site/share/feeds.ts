import { Feed } from "feed";
import type { Lang } from "../../content/ids.ts";
import { dossierUrl, homeUrl } from "../../model/urls.ts";
import type { ArticlePage } from "../pages/article-pages.ts";
import type { SitePages } from "../pages/build-pages.ts";
import { feedUrl } from "./share-urls.ts";

/** Entries per feed: the newest. A full-text feed of a 10,000-article site would weigh hundreds of megabytes. */
export const FEED_ENTRIES = 50;

export interface FeedFile {
  url: string;
  xml: string;
}

/** A content date as a Date: the time, when given, read as UTC (the content carries no zone). */
const toDate = (iso: string): Date => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}:00Z`);

/** The article's HTML for a feed reader: absolute addresses (the site's `site` for its base path), no "link to this" controls (they only work on the page). */
function feedHtml(page: ArticlePage, base: string, site: string): string {
  return page.article.bodyHtml.replace(/<a class="block-link"[^>]*><\/a>/g, "").replaceAll(` href="${base}`, ` href="${site}`).replaceAll(` src="${base}`, ` src="${site}`);
}

function atom(options: { lang: Lang; title: string; url: string; page: string; pages: ArticlePage[]; site: string; base: string; abs: (p: string) => string }): string {
  const newest = [...options.pages].sort((a, b) => b.article.dateIso.localeCompare(a.article.dateIso) || a.url.localeCompare(b.url)).slice(0, FEED_ENTRIES);
  const feed = new Feed({
    id: options.abs(options.url),
    title: options.title,
    link: options.abs(options.page),
    language: options.lang,
    // The newest article's date, never the build's: the same content gives the same feed.
    updated: toDate(newest[0]?.article.dateIso ?? "1970-01-01"),
    generator: "milaff",
    feedLinks: { atom: options.abs(options.url) },
  });
  for (const p of newest) {
    const source = p.article.source;
    feed.addItem({
      title: p.article.title,
      id: options.abs(p.url),
      link: options.abs(p.url),
      date: toDate(p.article.dateIso),
      published: toDate(p.article.dateIso),
      description: p.article.summary,
      content: feedHtml(p, options.base, options.site),
      author: source ? [{ name: source.author ?? source.name }] : undefined,
    });
  }
  // The feed library writes no xml:lang; Atom readers take the text's language from it.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.lang}">`);
}

/** An Atom feed per language and per dossier and language, newest first. */
export function buildFeeds(pages: SitePages, languages: Lang[], titles: { site: (lang: Lang) => string; dossier: (lang: Lang, title: string) => string }, site: string, base: string, abs: (p: string) => string): FeedFile[] {
  const files: FeedFile[] = [];
  for (const lang of languages) {
    const articles = pages.article.filter((p) => p.lang === lang);
    const url = feedUrl(homeUrl(lang));
    files.push({ url, xml: atom({ lang, title: titles.site(lang), url, page: homeUrl(lang), pages: articles, site, base, abs }) });
    for (const dossier of pages.dossier.filter((p) => p.lang === lang)) {
      const id = dossier.url.split("/")[2]!;
      const dossierFeed = feedUrl(dossierUrl(lang, id));
      files.push({ url: dossierFeed, xml: atom({ lang, title: titles.dossier(lang, dossier.heading), url: dossierFeed, page: dossier.url, pages: articles.filter((p) => p.url.startsWith(dossier.url)), site, base, abs }) });
    }
  }
  return files;
}
