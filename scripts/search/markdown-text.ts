import type { MarkdownIt } from "markdown-it";

export interface MarkdownText {
  /** The text of paragraphs, headings, lists and tables, block by block, without markup. */
  prose: string;
  /** The content of code blocks: searchable, but poor material for excerpts. */
  code: string;
}

/** The readable text of a Markdown body, from one parse. */
export function markdownText(md: MarkdownIt, body: string): MarkdownText {
  const prose: string[] = [];
  const code: string[] = [];
  for (const token of md.parse(body, {})) {
    if (token.type === "inline") {
      let text = "";
      for (const child of token.children ?? []) if (child.type === "text" || child.type === "code_inline") text += child.content;
      if (text) prose.push(text);
    } else if (token.type === "fence" || token.type === "code_block") {
      const content = token.content.trim();
      if (content) code.push(content);
    }
  }
  return { prose: prose.join("\n\n"), code: code.join("\n\n") };
}
