import MarkdownIt, { type MarkdownIt as Markdown } from "markdown-it";
import { isSafeLink } from "../../content/safe-link.ts";
import { blockIds } from "./block-ids.ts";
import { externalLinks } from "./external-links.ts";
import { focusableCode } from "./focusable-code.ts";
import { isolateOtherScript } from "./isolate-other-script.ts";
import { languageQuotes } from "./language-quotes.ts";
import { mediaImages } from "./media-images.ts";
import { siteLinks } from "./site-links.ts";

/**
 * The project's Markdown: CommonMark plus tables and autolinks. Raw HTML is off: text
 * scraped from news sites must never carry markup (or scripts) into the dossier. Links go
 * only to web pages, e-mail, phones and paths: others stay as text (and the check warns).
 * Code blocks can be scrolled from the keyboard. Top-level blocks get ids from their text, for
 * links to one paragraph. The typographer gives each language its own quotation marks,
 * dashes and ellipses. Words in the other script are direction-isolated.
 */
export function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  md.validateLink = isSafeLink;
  return md.use(languageQuotes).use(mediaImages).use(siteLinks).use(externalLinks).use(focusableCode).use(blockIds).use(isolateOtherScript);
}
