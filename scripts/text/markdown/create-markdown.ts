import MarkdownIt, { type MarkdownIt as Markdown } from "markdown-it";
import { externalLinks } from "./external-links.ts";
import { mediaImages } from "./media-images.ts";
import { siteLinks } from "./site-links.ts";

/**
 * The project's Markdown: CommonMark plus tables and autolinks. Raw HTML is off: text
 * scraped from news sites must never carry markup (or scripts) into the dossier.
 */
export function createMarkdown(): Markdown {
  return new MarkdownIt({ html: false, linkify: true, typographer: false }).use(mediaImages).use(siteLinks).use(externalLinks);
}
