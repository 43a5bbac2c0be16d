import { withBase } from "../../model/urls.ts";
import type { SitePages } from "../pages/build-pages.ts";
import type { PageContext } from "../pages/page-context.ts";
import { citeBlock } from "./cite-block.ts";
import { articlesByUrl, shareMeta, type Absolute } from "./share-meta.ts";
import { feedTitle } from "./share-strings.ts";

/** The site's public address with a closing slash (site.yml's url or --url), if it has one. */
export const siteAddress = (ctx: PageContext): string | undefined => ctx.model.site.url?.replace(/\/?$/, "/");

/** The site's public address for a site path, base path included; the base path alone when the site has no address yet. */
export function absoluteUrl(ctx: PageContext): Absolute {
  const site = siteAddress(ctx);
  return (path) => (site ? site + path.slice(1) : withBase(ctx.base, path));
}

/** Gives every page (alias pages aside: they only forward) what it tells link previews and reference managers. */
export function attachShareMeta(ctx: PageContext, pages: Partial<SitePages>): void {
  const articles = articlesByUrl(ctx.model);
  const abs = absoluteUrl(ctx);
  const titles = feedTitle(ctx);
  for (const [kind, list] of Object.entries(pages)) {
    if (kind === "redirect") continue;
    for (const page of list) {
      page.share = shareMeta(ctx.model, page, articles, titles, abs);
      const ref = kind === "article" ? articles.get(page.url) : undefined;
      if (ref) page.share.cite = citeBlock(ctx, ref.article, ref.lang, page.url, abs(page.url));
    }
  }
}
