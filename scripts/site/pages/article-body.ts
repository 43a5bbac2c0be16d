import type { Token } from "markdown-it";
import type { Lang } from "../../content/ids.ts";
import type { MarkdownEnv } from "../../text/markdown/markdown-env.ts";
import { keptByText } from "../../text/markdown/memoize-markdown.ts";
import { tokensText } from "../../text/markdown/markdown-text.ts";
import { readingMinutes } from "../../text/reading-minutes.ts";
import type { PageContext } from "./page-context.ts";

/** A section heading of an article, for its table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  /** 2 for a section, 3 for a subsection. */
  level: number;
}

/** A table of contents helps from this many sections on; below, it only pushes the text down. */
const TOC_MIN_HEADINGS = 3;

function headings(tokens: Token[]): TocEntry[] {
  const entries: TocEntry[] = [];
  tokens.forEach((token, i) => {
    const id = token.attrGet("id");
    if (token.type !== "heading_open" || token.level !== 0 || !id || !["h2", "h3"].includes(token.tag)) return;
    const text = (tokens[i + 1]?.children ?? [])
      .filter((c) => c.type === "text" || c.type === "code_inline")
      .map((c) => c.content)
      .join("");
    entries.push({ id: String(id), text, level: Number(token.tag.slice(1)) });
  });
  return entries;
}

export interface ArticleBody {
  html: string;
  toc: TocEntry[];
  minutes: number;
}

/**
 * Bodies already made, by the Markdown renderer they were made with (one per build, kept for a
 * `milaff serve` session): serve builds a changed dossier's pages again, and only the articles
 * that changed are parsed again (all of them were: 0.4 s of an edit in a dossier of 112 articles).
 */
const made = new WeakMap<PageContext["md"], (body: string, env: [Lang, MarkdownEnv]) => ArticleBody>();

/**
 * An article's body from one parse: its HTML, its table of contents (from the ids the
 * block-ids plugin gives headings) and the minutes it takes to read.
 */
export function articleBody(ctx: PageContext, body: string, lang: Lang, env: MarkdownEnv): ArticleBody {
  const { md } = ctx;
  let bodies = made.get(md);
  if (!bodies) made.set(md, (bodies = keptByText((text, [textLang, textEnv]) => parseBody(md, text, textLang, textEnv))));
  return bodies(body, [lang, env]);
}

function parseBody(md: PageContext["md"], body: string, lang: Lang, env: MarkdownEnv): ArticleBody {
  // markdown-it types env as an open record.
  const renderEnv: Record<string, unknown> = { ...env };
  const tokens = md.parse(body, renderEnv);
  const toc = headings(tokens);
  return {
    html: md.renderer.render(tokens, md.options, renderEnv),
    toc: toc.length >= TOC_MIN_HEADINGS ? toc : [],
    minutes: readingMinutes(tokensText(tokens).all, lang),
  };
}
