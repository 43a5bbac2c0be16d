import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { gfm } from "@joplin/turndown-plugin-gfm";
import TurndownService from "turndown";
import { ImportError } from "./import-error.ts";

export interface ExtractedPage {
  title: string;
  site?: string;
  /** A publication date the page states in its metadata. */
  published?: string;
  /** The article as Markdown, paragraph per line block. */
  markdown: string;
  /** Images in the article, not copied: the curator saves the ones to keep into media/. */
  images: { src: string; caption?: string }[];
}

const meta = (doc: Document, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute("content");
    if (value?.trim()) return value.trim();
  }
  return undefined;
};

/**
 * The article of a saved HTML page, found by Mozilla's Readability (the reader view of
 * Firefox) and turned into Markdown by Turndown. Scripts, styles, forms, images and links
 * other than http(s) never reach the Markdown.
 */
export function extractHtml(html: string, source: string): ExtractedPage {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const published = meta(doc, "article:published_time", "datePublished", "og:published_time", "pubdate", "date") ?? doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined;
  const site = meta(doc, "og:site_name", "application-name");
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  if (!article?.content || (article.textContent ?? "").trim().length < 200) {
    throw new ImportError(`no article found in ${source}: save the article's own page (not a list or home page), or paste its text into a .txt file.`);
  }
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const images: ExtractedPage["images"] = [];
  for (const figure of [...body.querySelectorAll("figure, img")]) {
    const img = figure.tagName === "IMG" ? figure : figure.querySelector("img");
    const src = img?.getAttribute("src");
    if (src && /^https?:/.test(src)) images.push({ src, caption: figure.querySelector("figcaption")?.textContent?.trim() || img?.getAttribute("alt") || undefined });
    figure.remove();
  }
  const turndown = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced", emDelimiter: "*" }).use(gfm);
  turndown.remove((node) => node.nodeName.toLowerCase() === "svg");
  turndown.remove(["script", "style", "noscript", "iframe", "form", "button", "input", "select", "textarea", "canvas", "object", "embed"]);
  turndown.addRule("safe-links", {
    filter: "a",
    replacement: (text, node) => {
      const href = (node as Element).getAttribute("href") ?? "";
      return /^https?:\/\//i.test(href) && text.trim() ? `[${text}](${href})` : text;
    },
  });
  const markdown = turndown.turndown((body as unknown as Document).body.innerHTML);
  return { title: article.title?.trim() || doc.title.trim(), site: site ?? article.siteName ?? undefined, published, markdown, images };
}
