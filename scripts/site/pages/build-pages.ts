import type { Dossier, Entity } from "../../model/build-model.ts";
import { articlePages } from "./article-pages.ts";
import { dossierPages, entityPages, homePages } from "./listing-pages.ts";
import { entityIndexPages } from "./entity-index-pages.ts";
import type { PageContext } from "./page-context.ts";
import { offlinePages } from "./offline-pages.ts";
import { attachShareMeta } from "../share/attach-share-meta.ts";
import { searchPages } from "./search-pages.ts";
import { landingPage, notFoundPage, redirectPages } from "./special-pages.ts";

/*
 * Every page of the site, by layout: each list becomes one paginated Eleventy template. Page data
 * is built from the model in one pass; no Eleventy collections, no tags. A new kind of page goes
 * in one of the three tables below, by what its data is made from, so that `milaff serve` knows
 * when to make it again.
 */

/** Pages made from one dossier alone (besides what every page shares: site.yml, entities' names, strings). */
const BY_DOSSIER = {
  dossier: (ctx: PageContext, dossier: Dossier) => dossierPages(ctx, dossier),
  article: (ctx: PageContext, dossier: Dossier) => articlePages(ctx, dossier),
};

/** Pages made from one entity and the articles naming it (with their dossiers' titles). */
const BY_ENTITY = {
  entity: (ctx: PageContext, entity: Entity) => entityPages(ctx, entity),
};

/** Pages made from the whole site: made again on every build. */
const WHOLE_SITE = {
  landing: (ctx: PageContext) => [landingPage(ctx)],
  "not-found": (ctx: PageContext) => [notFoundPage(ctx)],
  home: (ctx: PageContext) => homePages(ctx),
  "entity-index": (ctx: PageContext) => entityIndexPages(ctx),
  redirect: (ctx: PageContext) => redirectPages(ctx),
  search: (ctx: PageContext) => searchPages(ctx),
  offline: (ctx: PageContext) => offlinePages(ctx),
};

type Made<T extends Record<string, (...args: never[]) => unknown[]>> = { [K in keyof T]: ReturnType<T[K]> };
type DossierPages = Made<typeof BY_DOSSIER>;
type EntityPages = Made<typeof BY_ENTITY>;
export type SitePages = Made<typeof WHOLE_SITE> & DossierPages & EntityPages;
export type PageKind = keyof SitePages;
export const PAGE_KINDS = [...Object.keys(WHOLE_SITE), ...Object.keys(BY_DOSSIER), ...Object.keys(BY_ENTITY)] as PageKind[];

/** A build's pages, with what each group was made from, for the next build to reuse. */
export interface BuiltPages {
  pages: SitePages;
  byDossier: Map<string, DossierPages>;
  /** Each entity's pages and the articles they list (`dossier/article`). */
  byEntity: Map<string, { pages: EntityPages; articles: Set<string> }>;
}

/** What a build may take from the previous one: everything except what the changed dossiers made. */
export interface PageReuse {
  previous: BuiltPages;
  /** Ids of the dossiers whose files changed; every page is made again when what all pages share changed. */
  changed: Set<string>;
  /**
   * Changed dossiers in which only these articles' files changed (by id). A dossier not here
   * changed as a whole (its own file, media, anything else): every page listing one of its
   * articles is made again, since it shows the dossier's title.
   */
  articlesOnly?: Map<string, Set<string>>;
}

function make<T extends Record<string, (ctx: PageContext, from: never) => unknown[]>>(table: T, ctx: PageContext, from: unknown): Made<T> {
  return Object.fromEntries(Object.entries(table).map(([kind, pages]) => [kind, pages(ctx, from as never)])) as Made<T>;
}

/** Groups of pages joined into one list per kind, in the groups' order. */
function joined<T extends Record<string, unknown[]>>(kinds: string[], groups: T[]): T {
  return Object.fromEntries(kinds.map((kind) => [kind, groups.flatMap((g) => g[kind]!)])) as T;
}

export function buildPages(ctx: PageContext, reuse?: PageReuse): BuiltPages {
  const { dossiers, entities } = ctx.model;
  /** Pages made this time (not taken from the previous build): they get their share metadata. */
  const fresh: Partial<SitePages>[] = [];
  const byDossier = new Map<string, DossierPages>();
  for (const dossier of dossiers) {
    const kept = reuse && !reuse.changed.has(dossier.id) ? reuse.previous.byDossier.get(dossier.id) : undefined;
    const made = kept ?? make(BY_DOSSIER, ctx, dossier);
    if (!kept) fresh.push(made);
    byDossier.set(dossier.id, made);
  }
  // What changed: articles (`dossier/article`), each looked up in an entity's set, and dossiers changed as a whole, against which an entity's articles are tried.
  const changedArticles = [...(reuse?.changed ?? [])].flatMap((d) => [...(reuse?.articlesOnly?.get(d) ?? [])].map((a) => `${d}/${a}`));
  const wholeDossiers = new Set([...(reuse?.changed ?? [])].filter((d) => !reuse?.articlesOnly?.has(d)));
  const inWholeDossier = (key: string) => wholeDossiers.has(key.slice(0, key.indexOf("/")));
  const touches = (keys: Set<string>) => changedArticles.some((a) => keys.has(a)) || (wholeDossiers.size > 0 && [...keys].some(inWholeDossier));
  const byEntity: BuiltPages["byEntity"] = new Map();
  for (const entity of entities) {
    const key = `${entity.kind}/${entity.id}`;
    const articles = new Set(entity.articles.map((a) => `${a.dossierId}/${a.id}`));
    const before = reuse?.previous.byEntity.get(key);
    const untouched = before && !touches(articles) && !touches(before.articles);
    const made = untouched ? before.pages : make(BY_ENTITY, ctx, entity);
    if (!untouched) fresh.push(made);
    byEntity.set(key, { pages: made, articles });
  }
  const whole = make(WHOLE_SITE, ctx, undefined);
  fresh.push(whole);
  attachShareMeta(ctx, joined<Partial<SitePages>>(PAGE_KINDS, fresh.map((f) => ({ ...Object.fromEntries(PAGE_KINDS.map((k) => [k, []])), ...f }))));
  const pages = {
    ...whole,
    ...joined<DossierPages>(Object.keys(BY_DOSSIER), [...byDossier.values()]),
    ...joined<EntityPages>(Object.keys(BY_ENTITY), [...byEntity.values()].map((e) => e.pages)),
  } as SitePages;
  return { pages, byDossier, byEntity };
}
