import type { MarkdownIt } from "markdown-it";
import type { Token } from "markdown-it";
import { blockId, uniqueIds } from "../block-id.ts";
import { envOf, type BlockKind, type MarkdownEnv } from "./markdown-env.ts";

/** The top-level blocks that get an id, and what the "link to this" control calls each. */
const BLOCKS: Record<string, BlockKind | undefined> = {
  paragraph_open: "paragraph",
  heading_open: "section",
  bullet_list_open: "list",
  ordered_list_open: "list",
  blockquote_open: "quote",
};

/** The readable text of tokens: what a reader sees, not the Markdown around it. */
function textOf(tokens: Token[]): string {
  let text = "";
  for (const token of tokens) {
    if (token.type !== "inline") continue;
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "code_inline" || child.type === "image") text += child.content;
      else if (child.type === "softbreak" || child.type === "hardbreak") text += " ";
    }
    text += " ";
  }
  return text;
}

/**
 * Every top-level paragraph, heading, list and block quote gets an `id` made from its own
 * text (scripts/text/block-id.ts), set on its opening token, so that anything reading the
 * tokens (the table of contents) sees it too. When the render env asks for them, each block
 * also ends with a "link to this" control: a plain link to the fragment, that the page script
 * turns into a copy button.
 */
export function blockIds(md: MarkdownIt): void {
  md.core.ruler.push("block_ids", (state) => {
    if ((state.env as Partial<MarkdownEnv>).blockIds === false) return;
    const tokens = state.tokens;
    const unique = uniqueIds();
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      const kind = open.level === 0 && open.nesting === 1 ? BLOCKS[open.type] : undefined;
      if (!kind) continue;
      let end = i + 1;
      while (tokens[end]!.level !== 0) end++;
      const inner = tokens.slice(i + 1, end);
      const id = unique(blockId(textOf(inner), inner.map((t) => t.content).join("\n")));
      open.attrSet("id", id);
      // Where the control goes: before the block's closing tag; in a list, inside its last item.
      const host = kind === "list" ? inner.findLast((t) => t.type === "list_item_close" && t.level === 1)! : tokens[end]!;
      host.meta = { ...host.meta, blockLink: { id, kind } };
      i = end;
    }
  });

  for (const type of ["paragraph_close", "heading_close", "blockquote_close", "list_item_close"]) {
    const render = md.renderer.rules[type] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
    md.renderer.rules[type] = (tokens, idx, options, env, self) => {
      const link = tokens[idx]!.meta?.blockLink as { id: string; kind: BlockKind } | undefined;
      const labels = envOf(env).blockLinks;
      const control = link && labels ? `<a class="block-link" href="#${link.id}" aria-label="${md.utils.escapeHtml(labels[link.kind])}"></a>` : "";
      return control + render(tokens, idx, options, env, self);
    };
  }
}
