/** Where the share outputs of a page live, beside it: its social card and, for home and dossier pages, its feed. */
export const cardUrl = (pageUrl: string): string => `${pageUrl}card.png`;
export const feedUrl = (pageUrl: string): string => `${pageUrl}feed.xml`;
export const citationUrl = (pageUrl: string, ext: "bib" | "ris" | "json"): string => `${pageUrl}citation.${ext}`;
export const sitemapUrl = (): string => "/sitemap.xml";
