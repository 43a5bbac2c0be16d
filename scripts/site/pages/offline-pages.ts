import { homeUrl, offlinePageUrl } from "../../model/urls.ts";
import { pageBase, text, type PageBase, type PageContext } from "./page-context.ts";

/** What the service worker shows, in the reader's language, for a page this device has not saved. */
export interface OfflinePage extends PageBase {
  kind: "offline";
  text: string;
}

export function offlinePages(ctx: PageContext): OfflinePage[] {
  const { languages } = ctx.model;
  const urls = Object.fromEntries(languages.map((l) => [l, offlinePageUrl(l)]));
  return languages.map((lang) => ({
    ...pageBase(ctx, { kind: "offline", url: offlinePageUrl(lang), lang, heading: text(ctx, lang, "offline.page_title"), crumbs: [{ title: text(ctx, lang, "home"), url: homeUrl(lang) }] }, urls, offlinePageUrl),
    kind: "offline",
    text: text(ctx, lang, "offline.page_text"),
  }));
}
