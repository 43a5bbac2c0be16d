import type { Lang } from "../../content/ids.ts";
import type { Article, Dossier, Model } from "../../model/build-model.ts";
import { pick } from "../../model/pick-version.ts";
import { articleUrl, dossierUrl, homeUrl } from "../../model/urls.ts";
import type { PageBase } from "../pages/page-context.ts";
import { scriptJson } from "../script-json.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "./card-layout.ts";
import type { CiteBlock } from "./cite-block.ts";
import type { FeedTitle } from "./share-strings.ts";
import { cardUrl, feedUrl } from "./share-urls.ts";

/*
 * What a page tells link previews, search engines and reference managers about itself:
 * Open Graph and Twitter card, schema.org JSON-LD, Highwire citation_* tags, feeds. Every
 * address in it is absolute under the site's public URL (`abs`); without one, the layout
 * leaves out the tags that need an absolute address.
 */

/** A site path (`/ar/…`) as the address the public will use. */
export type Absolute = (path: string) => string;

export interface ShareMeta {
  ogType: "article" | "website";
  /** Open Graph's `ll_TT` form of the page's locale, and of the other languages' versions. */
  ogLocale: string;
  ogLocaleAlternates: string[];
  image: { url: string; width: number; height: number; alt: string };
  publishedTime?: string;
  /** schema.org JSON-LD, as the text of its script element. */
  jsonLd: string;
  /** Highwire Press tags, for Zotero and Google Scholar. */
  citation: { name: string; content: string }[];
  feeds: { title: string; url: string }[];
  /** On article pages: the "cite this" block. */
  cite?: CiteBlock;
}

/** Open Graph wants `ar_EG`; a locale without a region gets the region Facebook lists for it. */
export function ogLocale(locale: string): string {
  const [language, region] = locale.split("-");
  return region ? `${language}_${region.toUpperCase()}` : ({ ar: "ar_AR", en: "en_US" } as Record<string, string>)[language!] ?? language!;
}

function articleJsonLd(model: Model, dossier: Dossier, article: Article, lang: Lang, image: string, abs: Absolute): Record<string, unknown> {
  const version = article.versions[lang]!;
  const { data } = version;
  const dateIso = version.date.time ? `${version.date.date}T${version.date.time}` : version.date.date;
  const shownDossier = pick(dossier.versions, lang, model.languages);
  const ld: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": data.source ? "NewsArticle" : "Article",
    headline: data.title,
    description: data.summary,
    inLanguage: lang,
    datePublished: dateIso,
    url: abs(articleUrl(lang, dossier.id, article.id)),
    image: abs(image),
    author: data.source?.author ? { "@type": "Person", name: data.source.author } : undefined,
    publisher: data.source ? { "@type": "Organization", name: data.source.name, url: data.source.url } : undefined,
    isBasedOn: data.source?.url,
    isPartOf: { "@type": "CollectionPage", name: shownDossier.value.data.title, url: abs(dossierUrl(shownDossier.lang, dossier.id)) },
  };
  if (article.original !== lang) {
    ld.translationOfWork = { "@type": ld["@type"], inLanguage: article.original, url: abs(articleUrl(article.original, dossier.id, article.id)) };
    if (data.translation?.by) ld.translator = { "@type": "Person", name: data.translation.by };
  } else {
    const translations = article.languages.filter((l) => l !== lang);
    if (translations.length) ld.workTranslation = translations.map((l) => ({ "@type": ld["@type"], inLanguage: l, url: abs(articleUrl(l, dossier.id, article.id)) }));
  }
  return ld;
}

/** `YYYY/MM/DD`, as Highwire tags write dates. */
const highwireDate = (date: string): string => date.replaceAll("-", "/");

function articleCitation(article: Article, lang: Lang, dossierId: string, abs: Absolute): ShareMeta["citation"] {
  const version = article.versions[lang]!;
  const { data } = version;
  const tags: ShareMeta["citation"] = [{ name: "citation_title", content: data.title }];
  if (data.source?.author) tags.push({ name: "citation_author", content: data.source.author });
  tags.push({ name: "citation_publication_date", content: highwireDate(version.date.date) });
  if (data.source) tags.push({ name: "citation_publisher", content: data.source.name });
  tags.push({ name: "citation_language", content: lang });
  tags.push({ name: "citation_public_url", content: abs(articleUrl(lang, dossierId, article.id)) });
  return tags;
}

interface ArticleRef {
  dossier: Dossier;
  article: Article;
  lang: Lang;
}

/** Every article version by its page URL, to find the article behind an article page. */
export function articlesByUrl(model: Model): Map<string, ArticleRef> {
  const refs = new Map<string, ArticleRef>();
  for (const dossier of model.dossiers) {
    for (const article of dossier.articles) for (const lang of article.languages) refs.set(articleUrl(lang, dossier.id, article.id), { dossier, article, lang });
  }
  return refs;
}


export function shareMeta(model: Model, page: PageBase & { dossierId?: string }, articles: Map<string, ArticleRef>, feedTitle: FeedTitle, abs: Absolute): ShareMeta {
  const { lang } = page;
  const ref = page.kind === "article" ? articles.get(page.url) : undefined;
  const dossierId = page.kind === "dossier" ? page.dossierId : ref?.dossier.id;
  const image = cardUrl(page.kind === "article" || page.kind === "dossier" ? page.url : homeUrl(lang));
  const others = page.alternates.map((a) => a.lang).filter((l) => l !== lang);
  const feeds = [{ title: feedTitle(lang), url: abs(feedUrl(homeUrl(lang))) }];
  const dossier = dossierId ? model.dossiers.find((d) => d.id === dossierId) : undefined;
  if (dossier?.versions[lang]) feeds.push({ title: feedTitle(lang, dossier.versions[lang]!.data.title), url: abs(feedUrl(dossierUrl(lang, dossier.id))) });
  const base = {
    ogLocale: ogLocale(model.site.locale[lang]),
    ogLocaleAlternates: others.map((l) => ogLocale(model.site.locale[l])),
    image: { url: abs(image), width: CARD_WIDTH, height: CARD_HEIGHT, alt: page.docTitle },
    feeds,
  };
  if (ref) {
    const version = ref.article.versions[lang]!;
    return {
      ...base,
      ogType: "article",
      publishedTime: version.date.time ? `${version.date.date}T${version.date.time}` : version.date.date,
      jsonLd: scriptJson(articleJsonLd(model, ref.dossier, ref.article, lang, image, abs)),
      citation: articleCitation(ref.article, lang, ref.dossier.id, abs),
    };
  }
  const type = page.kind === "home" || page.kind === "landing" ? "WebSite" : page.kind === "dossier" ? "CollectionPage" : "WebPage";
  return {
    ...base,
    ogType: "website",
    jsonLd: scriptJson({ "@context": "https://schema.org", "@type": type, name: page.heading, description: page.description, inLanguage: lang, url: abs(page.url), image: abs(image) }),
    citation: [],
  };
}
