import { pick } from "../../model/pick-version.ts";
import { textDirection, type Lang } from "../../content/ids.ts";
import { ENTITY_KINDS, type EntityKind } from "../../content/schema.ts";
import type { ArticleFile } from "../../content/validate-dossiers.ts";
import type { Article, Dossier } from "../../model/build-model.ts";
import { entityIndex } from "../../model/entity-index.ts";
import { articleUrl, dossierUrl, entityUrl, homeUrl } from "../../model/urls.ts";
import { mediaSrc } from "../../text/media-src.ts";
import { formatDate } from "../../text/format-date.ts";
import { blockLinkLabels } from "../share/share-strings.ts";
import { articleBody, type TocEntry } from "./article-body.ts";
import { articleItem, countText, pageBase, text, type ArticleItem, type Link, type PageBase, type PageContext } from "./page-context.ts";

export interface ArticlePage extends PageBase {
  kind: "article";
  dossier: Link;
  article: {
    title: string;
    summary?: string;
    dateIso: string;
    dateText: string;
    retrievedIso?: string;
    retrievedText?: string;
    source?: { name: string; url?: string; author?: string; via: { name: string; url?: string }[] };
    image?: { src?: string; alt: string; caption?: string; credit?: string };
    noteHtml?: string;
    bodyHtml: string;
    /** "4 min read", in the page's language. */
    readingText: string;
    /** The body's sections, when it has enough of them for a table of contents. */
    toc: TocEntry[];
    translationText?: string;
    entities: { kind: EntityKind; label: string; items: { title: string; url: string }[] }[];
  };
  /** Links to the same article in the other languages. */
  otherVersions: { lang: Lang; url: string; label: string }[];
  /** Shown when another site language has no version: the notice and where the original lives. */
  missing?: { text: string; link?: { url: string; label: string } };
  previous?: ArticleItem;
  next?: ArticleItem;
}

function entityGroups(ctx: PageContext, article: Article, lang: Lang): ArticlePage["article"]["entities"] {
  const byKey = entityIndex(ctx.model);
  return ENTITY_KINDS.filter((kind) => article.entities[kind].length).map((kind) => ({
    kind,
    label: text(ctx, lang, `entity_kinds.${kind}`),
    items: article.entities[kind].map((id) => ({ title: byKey.get(`${kind}/${id}`)!.names[lang], url: entityUrl(lang, kind, id) })),
  }));
}

function articleFields(ctx: PageContext, article: Article, version: ArticleFile): ArticlePage["article"] {
  const { site } = ctx.model;
  const { data, lang } = version;
  const env = { base: ctx.base, dossierId: article.dossierId, lang };
  const fromLanguage = text(ctx, lang, `language_names.${article.original}`);
  const body = articleBody(ctx, version.body, lang, { ...env, blockLinks: blockLinkLabels(ctx, lang) });
  return {
    title: data.title,
    summary: data.summary,
    dateIso: version.date.time ? `${version.date.date}T${version.date.time}` : version.date.date,
    dateText: formatDate(version.date, lang, site),
    retrievedIso: version.retrieved?.date,
    retrievedText: version.retrieved && formatDate(version.retrieved, lang, site),
    source: data.source && { ...data.source, via: data.source.via ?? [] },
    image: data.image && {
      src: data.image.src && mediaSrc(ctx.base, article.dossierId, data.image.src),
      alt: data.image.alt ?? data.image.caption ?? "",
      caption: data.image.caption,
      credit: data.image.credit,
    },
    noteHtml: data.note && ctx.md.render(data.note, { ...env, blockIds: false }),
    bodyHtml: body.html,
    readingText: countText(ctx, lang, "reader.reading_time", body.minutes),
    toc: body.toc,
    translationText:
      article.original !== lang
        ? data.translation?.by
          ? text(ctx, lang, "translated_by", { name: data.translation.by, language: fromLanguage })
          : text(ctx, lang, "translated", { language: fromLanguage })
        : undefined,
    entities: entityGroups(ctx, article, lang),
  };
}

export function articlePages(ctx: PageContext, dossier: Dossier): ArticlePage[] {
  const { languages } = ctx.model;
  const pages: ArticlePage[] = [];
  dossier.articles.forEach((article, index) => {
    const urls: Partial<Record<Lang, string>> = {};
    for (const lang of article.languages) urls[lang] = articleUrl(lang, dossier.id, article.id);
    for (const lang of article.languages) {
      const version = article.versions[lang]!;
      const shownDossier = pick(dossier.versions, lang, languages);
      const dossierLink: Link = {
        title: shownDossier.value.data.title,
        url: dossierUrl(shownDossier.lang, dossier.id),
        lang: shownDossier.lang,
        dir: textDirection(shownDossier.lang),
      };
      const missingLangs = languages.filter((l) => !article.versions[l]);
      const source = version.data.source;
      const inLanguage = missingLangs.map((l) => text(ctx, lang, `in_language.${l}`)).join(" / ");
      const prev = dossier.articles[index - 1];
      const next = dossier.articles[index + 1];
      pages.push({
        ...pageBase(
          ctx,
          {
            kind: "article",
            url: urls[lang]!,
            lang,
            heading: version.data.title,
            description: version.data.summary,
            crumbs: [
              { title: text(ctx, lang, "home"), url: homeUrl(lang) },
              { title: dossierLink.title, url: dossierLink.url },
            ],
          },
          urls,
          (l) => (dossier.versions[l] ? dossierUrl(l, dossier.id) : homeUrl(l)),
        ),
        kind: "article",
        dossier: dossierLink,
        article: articleFields(ctx, article, version),
        otherVersions: article.languages
          .filter((l) => l !== lang)
          .map((l) => ({ lang: l, url: urls[l]!, label: text(ctx, lang, "other_version", { in_language: text(ctx, lang, `in_language.${l}`) }) })),
        missing: missingLangs.length
          ? {
              text: text(ctx, lang, "missing_translation", { in_language: inLanguage }),
              link: source?.url ? { url: source.url, label: text(ctx, lang, "missing_translation_link", { source: source.name }) } : undefined,
            }
          : undefined,
        previous: prev && articleItem(ctx, prev, lang),
        next: next && articleItem(ctx, next, lang),
      });
    }
  });
  return pages;
}
