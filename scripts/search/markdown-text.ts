import type { MarkdownIt } from "markdown-it";

/**
 * The readable text of a Markdown body, block by block, without markup. `prose` is the text
 * of paragraphs, headings, lists and tables; `code` the content of code blocks.
 */
export function markdownText(md: MarkdownIt, body: string, include: { prose?: boolean; code?: boolean } = {}): string {
  const { prose = true, code = true } = include;
  const blocks: string[] = [];
  for (const token of md.parse(body, {})) {
    if (prose && token.type === "inline") {
      blocks.push(
        (token.children ?? [])
          .filter((c) => c.type === "text" || c.type === "code_inline")
          .map((c) => c.content)
          .join(""),
      );
    } else if (code && (token.type === "fence" || token.type === "code_block")) {
      blocks.push(token.content.trim());
    }
  }
  return blocks.filter(Boolean).join("\n\n");
}
