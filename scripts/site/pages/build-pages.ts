import { articlePages, type ArticlePage } from "./article-pages.ts";
import { dossierPages, entityPages, homePages, type DossierPage, type EntityPage, type HomePage } from "./listing-pages.ts";
import { entityIndexPages, type EntityIndexPage } from "./entity-index-pages.ts";
import type { PageContext } from "./page-context.ts";
import { attachShareMeta } from "../share/attach-share-meta.ts";
import { searchPages, type SearchPage } from "./search-pages.ts";
import { landingPage, notFoundPage, redirectPages, type BilingualPage, type RedirectPage } from "./special-pages.ts";

/** Every page of the site, by layout; each list becomes one paginated Eleventy template. */
export interface SitePages {
  landing: BilingualPage[];
  "not-found": BilingualPage[];
  home: HomePage[];
  dossier: DossierPage[];
  article: ArticlePage[];
  entity: EntityPage[];
  "entity-index": EntityIndexPage[];
  redirect: RedirectPage[];
  search: SearchPage[];
}

/** One pass over the model builds every page's data; no Eleventy collections, no tags. */
export function buildPages(ctx: PageContext): SitePages {
  const { dossiers, entities } = ctx.model;
  const pages: SitePages = {
    landing: [landingPage(ctx)],
    "not-found": [notFoundPage(ctx)],
    home: homePages(ctx),
    dossier: dossiers.flatMap((d) => dossierPages(ctx, d)),
    article: dossiers.flatMap((d) => articlePages(ctx, d)),
    entity: entities.flatMap((e) => entityPages(ctx, e)),
    "entity-index": entityIndexPages(ctx),
    redirect: redirectPages(ctx),
    search: searchPages(ctx),
  };
  attachShareMeta(ctx, pages);
  return pages;
}
