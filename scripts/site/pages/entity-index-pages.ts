import type { Lang } from "../../content/ids.ts";
import { ENTITY_KINDS, type EntityKind } from "../../content/schema.ts";
import { entityIndexUrl, entityUrl, homeUrl } from "../../model/urls.ts";
import { formatNumber } from "../../text/format-date.ts";
import { countText, pageBase, text, type PageBase, type PageContext } from "./page-context.ts";

export interface EntityIndexPage extends PageBase {
  kind: "entity-index";
  entityKind: EntityKind;
  /** The three indexes, this one marked, to move between them. */
  kinds: { title: string; url: string; current: boolean; count: string }[];
  entities: { title: string; url: string; countText: string }[];
  /** Shown when no article names an entity of this kind. */
  emptyText: string;
}

export type KindLink = EntityIndexPage["kinds"][number];

/** Links to the three indexes in a language, with how many entities each lists (a number beside the name). */
export function entityKindLinks(ctx: PageContext, lang: Lang, current?: EntityKind): KindLink[] {
  return ENTITY_KINDS.map((k) => ({
    title: text(ctx, lang, `entity_kinds.${k}`),
    url: entityIndexUrl(lang, k),
    current: k === current,
    count: formatNumber(ctx.model.entities.filter((e) => e.kind === k).length, lang, ctx.model.site),
  }));
}

/**
 * `/ar/people/`, `/ar/orgs/`, `/ar/places/` (and the other languages): every entity the
 * articles name, alphabetically in the page's language, with how many articles name it.
 * All three exist even when empty, so their addresses never lead nowhere.
 */
export function entityIndexPages(ctx: PageContext): EntityIndexPage[] {
  const { languages, entities, site } = ctx.model;
  return ENTITY_KINDS.flatMap((entityKind) => {
    const urls = Object.fromEntries(languages.map((l) => [l, entityIndexUrl(l, entityKind)]));
    return languages.map((lang: Lang): EntityIndexPage => {
      const collator = new Intl.Collator(site.locale[lang]);
      return {
        ...pageBase(ctx, { kind: "entity-index", url: urls[lang]!, lang, heading: text(ctx, lang, `entity_kinds.${entityKind}`), crumbs: [{ title: text(ctx, lang, "home"), url: homeUrl(lang) }] }, urls, homeUrl),
        kind: "entity-index",
        entityKind,
        kinds: entityKindLinks(ctx, lang, entityKind),
        entities: entities
          .filter((e) => e.kind === entityKind)
          .map((e) => ({ title: e.names[lang], url: entityUrl(lang, e.kind, e.id), countText: countText(ctx, lang, "mention_count", e.articles.length) }))
          .sort((a, b) => collator.compare(a.title, b.title)),
        emptyText: text(ctx, lang, `reader.index_empty.${entityKind}`),
      };
    });
  });
}
