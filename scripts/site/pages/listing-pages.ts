import { pick } from "../../model/pick-version.ts";
import { textDirection, type Lang } from "../../content/ids.ts";
import { ENTITY_KINDS, type EntityKind } from "../../content/schema.ts";
import type { Dossier, Entity } from "../../model/build-model.ts";
import { dossierUrl, entityIndexUrl, entityUrl, homeUrl } from "../../model/urls.ts";
import { mediaSrc } from "../../text/media-src.ts";
import { formatDate } from "../../text/format-date.ts";
import { blockLinkLabels } from "../share/share-strings.ts";
import { entityKindLinks, type KindLink } from "./entity-index-pages.ts";
import { articleItem, countText, pageBase, text, type ArticleItem, type Link, type PageBase, type PageContext } from "./page-context.ts";

export interface DossierItem extends Link {
  notice?: string;
  summary?: string;
  countText: string;
  spanText?: string;
  image?: { src: string; alt: string };
}

export interface HomePage extends PageBase {
  kind: "home";
  dossiers: DossierItem[];
  /** The indexes of people, organisations and places. */
  indexes: KindLink[];
}

export interface DossierPage extends PageBase {
  kind: "dossier";
  dossierId: string;
  summary?: string;
  introHtml: string;
  countText: string;
  articles: ArticleItem[];
  timeline: { year: string; items: ArticleItem[] }[];
  entities: { kind: EntityKind; label: string; items: { title: string; url: string; countText: string }[] }[];
}

export interface EntityPage extends PageBase {
  kind: "entity";
  kindLabel: string;
  about?: string;
  /** Its names in the site's other languages, where they differ from this page's. */
  otherNames: { lang: Lang; label: string; name: string }[];
  /** The dossiers whose articles name it, in the site's order, with how many articles each. */
  dossiers: (Link & { countText: string })[];
  articles: (ArticleItem & { dossier: Link })[];
}

function span(ctx: PageContext, dossier: Dossier, lang: Lang): string | undefined {
  const first = dossier.timeline[0];
  const last = dossier.timeline.at(-1);
  if (!first || !last) return undefined;
  const [a, b] = [formatDate(first.date, lang, ctx.model.site, "month"), formatDate(last.date, lang, ctx.model.site, "month")];
  return a === b ? a : `${a} – ${b}`;
}

function dossierItem(ctx: PageContext, dossier: Dossier, lang: Lang): DossierItem {
  const { lang: shown, value } = pick(dossier.versions, lang, ctx.model.languages);
  const image = value.data.image;
  return {
    title: value.data.title,
    url: dossierUrl(shown, dossier.id),
    lang: shown,
    dir: textDirection(shown),
    notice: shown === lang ? undefined : text(ctx, lang, `only_in.${shown}`),
    summary: value.data.summary,
    countText: countText(ctx, lang, "article_count", dossier.articles.length),
    spanText: span(ctx, dossier, lang),
    image: image?.src ? { src: mediaSrc(ctx.base, dossier.id, image.src), alt: image.alt ?? "" } : undefined,
  };
}

export function homePages(ctx: PageContext): HomePage[] {
  const { languages, site, dossiers } = ctx.model;
  const urls = Object.fromEntries(languages.map((l) => [l, homeUrl(l)]));
  return languages.map((lang) => ({
    ...pageBase(ctx, { kind: "home", url: homeUrl(lang), lang, heading: site.title[lang] }, urls, homeUrl),
    kind: "home",
    dossiers: dossiers.map((d) => dossierItem(ctx, d, lang)),
    indexes: entityKindLinks(ctx, lang),
  }));
}

export function dossierPages(ctx: PageContext, dossier: Dossier): DossierPage[] {
  const urls: Partial<Record<Lang, string>> = {};
  for (const lang of dossier.languages) urls[lang] = dossierUrl(lang, dossier.id);
  return dossier.languages.map((lang) => {
    const version = dossier.versions[lang]!;
    const timeline: DossierPage["timeline"] = [];
    for (const article of dossier.timeline) {
      const year = formatDate(article.date, lang, ctx.model.site, "year");
      if (timeline.at(-1)?.year !== year) timeline.push({ year, items: [] });
      timeline.at(-1)!.items.push(articleItem(ctx, article, lang));
    }
    return {
      ...pageBase(
        ctx,
        { kind: "dossier", url: urls[lang]!, lang, heading: version.data.title, description: version.data.summary, crumbs: [{ title: text(ctx, lang, "home"), url: homeUrl(lang) }] },
        urls,
        homeUrl,
      ),
      kind: "dossier",
      dossierId: dossier.id,
      summary: version.data.summary,
      introHtml: ctx.md.render(version.body, { base: ctx.base, dossierId: dossier.id, lang, blockLinks: blockLinkLabels(ctx, lang) }),
      countText: countText(ctx, lang, "article_count", dossier.articles.length),
      articles: dossier.articles.map((a) => articleItem(ctx, a, lang)),
      timeline,
      entities: ENTITY_KINDS.map((kind) => ({
        kind,
        label: text(ctx, lang, `entity_kinds.${kind}`),
        items: dossier.entities
          .filter(({ entity }) => entity.kind === kind)
          .map(({ entity, count }) => ({ title: entity.names[lang], url: entityUrl(lang, kind, entity.id), countText: countText(ctx, lang, "mention_count", count) })),
      })).filter((group) => group.items.length),
    };
  });
}

export function entityPages(ctx: PageContext, entity: Entity): EntityPage[] {
  const { languages, dossiers } = ctx.model;
  const urls = Object.fromEntries(languages.map((l) => [l, entityUrl(l, entity.kind, entity.id)]));
  const dossierById = new Map(dossiers.map((d) => [d.id, d]));
  const perDossier = new Map<string, number>();
  for (const a of entity.articles) perDossier.set(a.dossierId, (perDossier.get(a.dossierId) ?? 0) + 1);
  const naming = dossiers.filter((d) => perDossier.has(d.id));
  return languages.map((lang) => {
    const dossierLink = (d: Dossier): Link => {
      const shown = pick(d.versions, lang, languages);
      return { title: shown.value.data.title, url: dossierUrl(shown.lang, d.id), lang: shown.lang, dir: textDirection(shown.lang) };
    };
    const kindTitle = text(ctx, lang, `entity_kinds.${entity.kind}`);
    return {
      ...pageBase(
        ctx,
        {
          kind: "entity",
          url: urls[lang]!,
          lang,
          heading: entity.names[lang],
          description: entity.about[lang] ?? text(ctx, lang, "entity_articles", { name: entity.names[lang] }),
          crumbs: [
            { title: text(ctx, lang, "home"), url: homeUrl(lang) },
            { title: kindTitle, url: entityIndexUrl(lang, entity.kind) },
          ],
        },
        urls,
        homeUrl,
      ),
      kind: "entity",
      kindLabel: text(ctx, lang, `entity_kind_singular.${entity.kind}`),
      about: entity.about[lang],
      otherNames: languages
        .filter((l) => l !== lang && entity.names[l] && entity.names[l] !== entity.names[lang])
        .map((l) => ({ lang: l, label: text(ctx, lang, `language_names.${l}`), name: entity.names[l] })),
      dossiers: naming.map((d) => ({ ...dossierLink(d), countText: countText(ctx, lang, "mention_count", perDossier.get(d.id)!) })),
      articles: entity.articles.map((a) => ({ ...articleItem(ctx, a, lang), dossier: dossierLink(dossierById.get(a.dossierId)!) })),
    };
  });
}
