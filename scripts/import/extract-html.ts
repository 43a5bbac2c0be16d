import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { gfm } from "@joplin/turndown-plugin-gfm";
import TurndownService from "turndown";
import { ImportError } from "./import-error.ts";
import { splitCredit } from "./split-credit.ts";

export interface ExtractedPage {
  title: string;
  site?: string;
  /** A publication date the page states in its metadata. */
  published?: string;
  /** The article as Markdown, paragraph per line block. */
  markdown: string;
  /** The article's figures, in order; each stands in the Markdown as its own paragraph `figureToken(i)`. */
  figures: Figure[];
  /** Embedded things Markdown cannot hold (videos, posts, forms), each with what it was. */
  dropped: string[];
}

/** A picture of the article with what is said about it. */
export interface Figure {
  /** As the page wrote it: a web address, or a path relative to the saved page. */
  src?: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** The paragraph that marks a figure's place in the Markdown until it is written out. */
export const figureToken = (i: number): string => `MILAFFFIGURE${i}`;

const CREDIT = "[class*=credit], [class*=copyright], [class*=source], [class*=photographer], [class*=author], small, cite";

function readFigure(node: Element): Figure {
  const img = node.tagName === "IMG" ? node : node.querySelector("img");
  const caption = node.tagName === "IMG" ? null : node.querySelector("figcaption");
  const creditNode = caption?.querySelector(CREDIT);
  const creditText = creditNode?.textContent?.trim().replace(/^(©|تصوير|الصورة|photo|credit)\s*:?\s*/i, "") || undefined;
  creditNode?.remove();
  const text = caption?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  const split = creditText ? { caption: text, credit: creditText } : splitCredit(text);
  return {
    src: img?.getAttribute("src")?.trim() || undefined,
    alt: img?.getAttribute("alt")?.trim() || undefined,
    caption: split.caption || undefined,
    credit: split.credit,
  };
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
 * Firefox) and turned into Markdown by Turndown. Scripts, styles, forms and links other than
 * http(s) never reach the Markdown; figures are returned apart, their places marked.
 */
export function extractHtml(html: string, source: string): ExtractedPage {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const published = meta(doc, "article:published_time", "datePublished", "og:published_time", "pubdate", "date") ?? doc.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined;
  const site = meta(doc, "og:site_name", "application-name");
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200, keepClasses: true }).parse();
  if (!article?.content || (article.textContent ?? "").trim().length < 200) {
    throw new ImportError(`no article found in ${source}: save the article's own page (not a list or home page), or paste its text into a .txt file.`);
  }
  // Classes are kept (keepClasses) only to find photo credits in captions; Turndown drops them.
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  // Each figure (or picture outside one) gives way to a token paragraph, so that its place is kept.
  const figures: Figure[] = [];
  for (const node of [...body.querySelectorAll("figure, img")]) {
    if (node.tagName === "IMG" && node.closest("figure")) continue;
    figures.push(readFigure(node));
    const token = body.createElement("p");
    token.textContent = figureToken(figures.length - 1);
    node.replaceWith(token);
  }
  const dropped: string[] = [];
  for (const node of [...body.querySelectorAll("iframe, video, audio, object, embed, form, canvas, svg")]) {
    const where = node.getAttribute("src") ?? node.querySelector("source")?.getAttribute("src") ?? node.getAttribute("data") ?? "";
    dropped.push(`${node.tagName.toLowerCase()}${where ? ` ${where}` : ""}`);
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
  return { title: article.title?.trim() || doc.title.trim(), site: site ?? article.siteName ?? undefined, published, markdown, figures, dropped };
}
