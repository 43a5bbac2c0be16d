import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { limitOpenFiles } from "../../content/limit-open-files.ts";
import { outputPathFor } from "../../model/urls.ts";
import type { SitePages } from "../pages/build-pages.ts";
import type { PageContext } from "../pages/page-context.ts";
import { absoluteUrl, siteAddress } from "./attach-share-meta.ts";
import { bibtex, cslJson, ris } from "./citation.ts";
import { buildFeeds } from "./feeds.ts";
import { feedTitle } from "./share-strings.ts";
import { citationUrl, sitemapUrl } from "./share-urls.ts";
import { robotsTxt, sitemapXml } from "./sitemap.ts";

/** A few dozen files at a time: three citation files per article, all at once, ran out of file descriptors at 10,000 articles. */
async function write(outDir: string, url: string, content: string): Promise<string> {
  const written = outputPathFor(url);
  const file = path.join(outDir, written);
  await limitOpenFiles(async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  });
  return written;
}

const newest = (dates: (string | undefined)[]): string | undefined => dates.filter((d): d is string => Boolean(d)).map((d) => d.slice(0, 10)).sort().at(-1);

/**
 * The files beside the pages: citation files of every article; with a public address, the
 * Atom feeds and sitemap.xml (both need absolute URLs); robots.txt; and CNAME for a custom domain.
 * `citing`: the articles whose citation files are written, when not all of them (`milaff serve`
 * writes those of the pages that changed). Returns the files written, e.g. `ar/feed.xml`.
 */
export async function writeShareFiles(ctx: PageContext, pages: SitePages, outDir: string, citing: SitePages["article"] = pages.article): Promise<string[]> {
  const writes: Promise<string>[] = [];
  for (const p of citing) {
    const cite = p.share?.cite;
    if (!cite) continue;
    writes.push(write(outDir, citationUrl(p.url, "bib"), bibtex(cite.data)), write(outDir, citationUrl(p.url, "ris"), ris(cite.data)), write(outDir, citationUrl(p.url, "json"), cslJson(cite.data)));
  }
  const site = siteAddress(ctx);
  const abs = absoluteUrl(ctx);
  if (site) {
    for (const f of buildFeeds(pages, ctx.model.languages, feedTitle(ctx), { site, base: ctx.base, abs })) writes.push(write(outDir, f.url, f.xml));

    // Dates from the content (the day an article was saved, else published), never the build's.
    const articleDate = (p: SitePages["article"][number]) => p.article.retrievedIso ?? p.article.dateIso;
    const all = newest(pages.article.map(articleDate));
    const entries = [
      ...pages.landing.map((page) => ({ page, lastmod: all })),
      ...pages.home.map((page) => ({ page, lastmod: all })),
      ...pages.dossier.map((page) => ({ page, lastmod: newest(pages.article.filter((a) => a.url.startsWith(page.url)).map(articleDate)) })),
      ...pages.article.map((page) => ({ page, lastmod: newest([articleDate(page)]) })),
      ...pages.entity.map((page) => ({ page, lastmod: newest(page.articles.map((a) => a.dateIso)) })),
    ];
    writes.push(write(outDir, sitemapUrl(), sitemapXml(entries, abs)));
    // GitHub Pages (and other hosts) read a custom domain from CNAME; github.io addresses need none.
    const host = new URL(site).hostname;
    if (!host.endsWith(".github.io")) writes.push(write(outDir, "/CNAME", `${host}\n`));
  }
  writes.push(write(outDir, "/robots.txt", robotsTxt(site ? abs(sitemapUrl()) : undefined)));
  return Promise.all(writes);
}
