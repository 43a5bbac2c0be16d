import type { Lang } from "../../content/ids.ts";
import type { BlockKind } from "../../text/markdown/markdown-env.ts";
import { text, type PageContext } from "../pages/page-context.ts";
import { scriptJson } from "../script-json.ts";

const KINDS: BlockKind[] = ["paragraph", "section", "list", "quote"];

/** The labels of the "link to this" controls, in the page's language. */
export function blockLinkLabels(ctx: PageContext, lang: Lang): Record<BlockKind, string> {
  return Object.fromEntries(KINDS.map((kind) => [kind, text(ctx, lang, `share.link_to.${kind}`)])) as Record<BlockKind, string>;
}

/** A feed's title in a language: the site's newest articles, or one dossier's (given its title). */
export type FeedTitle = (lang: Lang, dossier?: string) => string;

export const feedTitle =
  (ctx: PageContext): FeedTitle =>
  (lang, dossier) =>
    dossier ? text(ctx, lang, "share.dossier_feed_title", { dossier }) : text(ctx, lang, "share.feed_title", { site: ctx.model.site.title[lang] });

/** What the page script says when it copies a link or finds an edited paragraph, per language, as JSON for the page. */
export function shareBrowserStrings(ctx: PageContext): Record<Lang, string> {
  const strings = {} as Record<Lang, string>;
  for (const lang of ctx.model.languages) {
    const value = Object.fromEntries(["link_copied", "link_in_address_bar", "recovered", "gone", "citation_copied"].map((key) => [key, text(ctx, lang, `share.${key}`)]));
    strings[lang] = scriptJson(value);
  }
  return strings;
}
