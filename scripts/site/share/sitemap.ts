import type { PageBase } from "../pages/page-context.ts";

/*
 * sitemap.xml, written here: it is a list of <url> elements, and the maintained sitemap
 * packages add streams and options it does not need. The tests validate it against the
 * sitemaps.org schema.
 */

const xml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Every page worth finding, with its date and its translations (`xhtml:link`, x-default first in site order). */
export function sitemapXml(pages: { page: PageBase; lastmod?: string }[], abs: (path: string) => string): string {
  const entries = pages.map(({ page, lastmod }) => {
    const lines = [`<url><loc>${xml(abs(page.url))}</loc>`];
    if (lastmod) lines.push(`<lastmod>${lastmod}</lastmod>`);
    for (const a of page.alternates) lines.push(`<xhtml:link rel="alternate" hreflang="${a.lang}" href="${xml(abs(a.url))}"/>`);
    if (page.alternates.length) lines.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${xml(abs(page.alternates[0]!.url))}"/>`);
    return `${lines.join("")}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join("\n")}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; where the sitemap is, when the site has an address. */
export function robotsTxt(sitemap: string | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ""}`;
}
