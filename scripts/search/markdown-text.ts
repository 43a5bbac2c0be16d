import type { MarkdownIt } from "markdown-it";

/** The readable text of a Markdown body, paragraph by paragraph, without markup. */
export function markdownText(md: MarkdownIt, body: string): string {
  const blocks: string[] = [];
  for (const token of md.parse(body, {})) {
    if (token.type === "inline") {
      blocks.push(
        (token.children ?? [])
          .filter((c) => c.type === "text" || c.type === "code_inline")
          .map((c) => c.content)
          .join(""),
      );
    } else if (token.type === "fence" || token.type === "code_block") {
      blocks.push(token.content.trim());
    }
  }
  return blocks.filter(Boolean).join("\n\n");
}
