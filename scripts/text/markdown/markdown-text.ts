import type { MarkdownIt, Token } from "markdown-it";
import type { Lang } from "../../content/ids.ts";

export interface MarkdownText {
  /** The text of paragraphs, headings, lists and tables, block by block, without markup. */
  prose: string;
  /** The content of code blocks: searchable, but poor material for excerpts. */
  code: string;
  /** Both, in the order they come. */
  all: string;
}

/** The readable text of a Markdown body, from one parse, with the quotation marks of its language (as on its page). */
export function markdownText(md: MarkdownIt, body: string, lang: Lang): MarkdownText {
  return tokensText(md.parse(body, { blockIds: false, lang }));
}

/** The readable text of parsed Markdown, for a caller that renders the same tokens. */
export function tokensText(tokens: Token[]): MarkdownText {
  const prose: string[] = [];
  const code: string[] = [];
  const all: string[] = [];
  for (const token of tokens) {
    if (token.type === "inline") {
      let text = "";
      for (const child of token.children ?? []) if (child.type === "text" || child.type === "code_inline") text += child.content;
      if (!text) continue;
      prose.push(text);
      all.push(text);
    } else if (token.type === "fence" || token.type === "code_block") {
      const content = token.content.trim();
      if (!content) continue;
      code.push(content);
      all.push(content);
    }
  }
  return { prose: prose.join("\n\n"), code: code.join("\n\n"), all: all.join("\n\n") };
}
