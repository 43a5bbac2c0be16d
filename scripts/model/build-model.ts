import type { Lang } from "../content/ids.ts";
import { dateKey, type ContentDate } from "../content/parse-date.ts";
import { ENTITY_KINDS, type EntityKind } from "../content/schema.ts";
import type { Content } from "../content/validate-content.ts";
import type { ArticleFile, DossierFile } from "../content/validate-dossiers.ts";
import type { EntityDef, SiteConfig } from "../content/validate-site.ts";

/*
 * Step 3 of the pipeline: pure functions from validated content to the site's structure.
 * No I/O, no formatting: dossiers with their ordered articles, translation pairs,
 * entity mentions and timelines. Drafts are left out here, once.
 */

export interface Article {
  id: string;
  dossierId: string;
  versions: Partial<Record<Lang, ArticleFile>>;
  /** Languages it exists in, in the site's order. */
  languages: Lang[];
  /** The version marked `translation.status: original`, else the first in site order. */
  original: Lang;
  date: ContentDate;
  entities: Record<EntityKind, string[]>;
  aliases: string[];
}

export interface Dossier {
  id: string;
  dir: string;
  versions: Partial<Record<Lang, DossierFile>>;
  languages: Lang[];
  order: number | undefined;
  /** In reading order: `order`, then date, then id. */
  articles: Article[];
  /** In date order, oldest first. */
  timeline: Article[];
  /** Entities named by its articles, most-mentioned first. */
  entities: { entity: Entity; count: number }[];
  media: string[];
}

export interface Entity extends EntityDef {
  /** Newest first, across dossiers. */
  articles: Article[];
}

export interface Model {
  site: SiteConfig;
  languages: Lang[];
  dossiers: Dossier[];
  /** Entities named by at least one published article. */
  entities: Entity[];
}

function published<T extends { data: { draft?: boolean } }>(versions: Partial<Record<Lang, T>>, languages: Lang[]) {
  const kept: Partial<Record<Lang, T>> = {};
  for (const lang of languages) {
    const v = versions[lang];
    if (v && !v.data.draft) kept[lang] = v;
  }
  return kept;
}

const byDate = (a: Article, b: Article): number => dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id);

function readingOrder(a: Article, b: Article): number {
  const oa = a.versions[a.original]!.data.order ?? Number.POSITIVE_INFINITY;
  const ob = b.versions[b.original]!.data.order ?? Number.POSITIVE_INFINITY;
  return oa === ob ? byDate(a, b) : oa - ob;
}

function toArticle(dossierId: string, versions: Partial<Record<Lang, ArticleFile>>, id: string, languages: Lang[]): Article {
  const present = languages.filter((l) => versions[l]);
  const original = present.find((l) => versions[l]!.data.translation?.status === "original") ?? present[0]!;
  const entities = {} as Record<EntityKind, string[]>;
  for (const kind of ENTITY_KINDS) {
    entities[kind] = [...new Set(present.flatMap((l) => versions[l]!.data[kind] ?? []))];
  }
  const aliases = [...new Set(present.flatMap((l) => versions[l]!.data.aliases ?? []))];
  return { id, dossierId, versions, languages: present, original, date: versions[original]!.date, entities, aliases };
}

export function buildModel(content: Content): Model {
  const { site } = content;
  const languages = site.languages;
  const entityIndex = new Map<string, Entity>(content.entities.map((e) => [`${e.kind}/${e.id}`, { ...e, articles: [] }]));

  const dossiers: Dossier[] = [];
  for (const source of content.dossiers) {
    const versions = published(source.versions, languages);
    const dossierLanguages = languages.filter((l) => versions[l]);
    if (!dossierLanguages.length) continue;
    const articles = source.articles
      .map((a) => ({ id: a.id, versions: published(a.versions, languages) }))
      .filter((a) => Object.keys(a.versions).length)
      .map((a) => toArticle(source.id, a.versions, a.id, languages))
      .sort(readingOrder);
    const counts = new Map<Entity, number>();
    for (const article of articles) {
      for (const kind of ENTITY_KINDS) {
        for (const id of article.entities[kind]) {
          const entity = entityIndex.get(`${kind}/${id}`)!;
          entity.articles.push(article);
          counts.set(entity, (counts.get(entity) ?? 0) + 1);
        }
      }
    }
    dossiers.push({
      id: source.id,
      dir: source.dir,
      versions,
      languages: dossierLanguages,
      order: versions[dossierLanguages[0]!]!.data.order,
      articles,
      timeline: [...articles].sort(byDate),
      entities: [...counts].sort(([a, x], [b, y]) => y - x || a.id.localeCompare(b.id)).map(([entity, count]) => ({ entity, count })),
      media: [...source.media].sort(),
    });
  }
  const newest = (d: Dossier): string => d.timeline.map((a) => dateKey(a.date)).at(-1) ?? "";
  dossiers.sort(
    (a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || newest(b).localeCompare(newest(a)) || a.id.localeCompare(b.id),
  );
  const entities = [...entityIndex.values()].filter((e) => e.articles.length);
  for (const e of entities) e.articles.sort((a, b) => byDate(b, a));
  return { site, languages, dossiers, entities };
}
