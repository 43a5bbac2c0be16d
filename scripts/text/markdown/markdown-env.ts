import type { Lang } from "../../content/ids.ts";

/** What a render needs to know about where the text will be published. */
export interface MarkdownEnv {
  base: string;
  dossierId: string;
  /** The text's language, for its quotation marks (English ones when not given). */
  lang?: Lang;
  /** When given, every block ends with a "link to this" control with these labels (in the page's language). */
  blockLinks?: Record<BlockKind, string>;
  /** false: no block ids, for text that is not shown as a page's body (a note, search text). */
  blockIds?: boolean;
}

/** What a block with an id is, as its "link to this" control names it. */
export type BlockKind = "paragraph" | "section" | "list" | "quote";

/** markdown-it types `env` loosely; every render of ours passes a MarkdownEnv. */
export const envOf = (env: unknown): MarkdownEnv => env as MarkdownEnv;
