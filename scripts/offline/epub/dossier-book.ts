import path from "node:path";
import { textDirection, type Lang } from "../../content/ids.ts";
import { dateKey, type ContentDate } from "../../content/parse-date.ts";
import type { Dossier } from "../../model/build-model.ts";
import { pick } from "../../model/pick-version.ts";
import { articleUrl, dossierUrl, withBase } from "../../model/urls.ts";
import { escapeHtml } from "../../text/escape-html.ts";
import { text, type PageContext } from "../../site/pages/page-context.ts";
import { siteAddress } from "../../site/share/attach-share-meta.ts";
import { formatDate } from "../../text/format-date.ts";
import { mediaSrc } from "../../text/media-src.ts";
import { toXhtml, type AddressRewrite } from "./to-xhtml.ts";

/*
 * One dossier in one language as the chapters of a book: its introduction, then its
 * articles in reading order, each with its date, source, republishers, translation, picture
 * and curator's note. An article missing in the book's language comes in the language it has,
 * marked as such. Pictures are the dossier's own media files, copied into the book.
 */

export interface Chapter {
  /** Path inside the book's text/ folder. */
  file: string;
  title: string;
  lang: Lang;
  body: string;
}

export interface BookImage {
  /** Path inside the book's images/ folder. */
  file: string;
  source: string;
  mediaType: string;
}

export interface DossierBook {
  lang: Lang;
  title: string;
  summary?: string;
  chapters: Chapter[];
  images: BookImage[];
  /** The latest date of the content: the book's modification date, and its zip entries' time. */
  modified: ContentDate;
}

/** Pictures every EPUB reading system shows (EPUB 3 core media types). */
const IMAGE_TYPES: Record<string, string> = { ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".svg": "image/svg+xml" };

const SITE = "http://site.invalid";

function rewriter(ctx: PageContext, dossier: Dossier, pageUrl: string, chapters: Map<string, string>, images: Map<string, BookImage>): AddressRewrite {
  const mediaPrefix = withBase(ctx.base, `/media/${dossier.id}/`);
  const resolve = (url: string) => new URL(url, SITE + withBase(ctx.base, pageUrl));
  return {
    src(url) {
      const resolved = resolve(url);
      if (resolved.origin !== SITE || !resolved.pathname.startsWith(mediaPrefix)) return undefined;
      const file = decodeURIComponent(resolved.pathname.slice(mediaPrefix.length));
      const mediaType = IMAGE_TYPES[path.extname(file).toLowerCase()];
      if (!mediaType || !dossier.media.includes(`media/${file}`)) return undefined;
      images.set(file, { file, source: path.join(dossier.dir, "media", file), mediaType });
      return `../images/${file.split("/").map(encodeURIComponent).join("/")}`;
    },
    href(url) {
      if (url.startsWith("#")) return url;
      const resolved = resolve(url);
      if (resolved.origin !== SITE) return url;
      const chapter = chapters.get(resolved.pathname);
      if (chapter) return chapter + resolved.hash;
      // Elsewhere on the site: its public address when the site has one, else the words alone.
      const siteUrl = siteAddress(ctx);
      return siteUrl ? siteUrl + resolved.pathname.slice(ctx.base.length) + resolved.hash : undefined;
    },
  };
}

function articleChapter(ctx: PageContext, dossier: Dossier, index: number, lang: Lang, rewrite: AddressRewrite): Chapter {
  const article = dossier.articles[index]!;
  const { lang: shown, value: version } = pick(article.versions, lang, ctx.model.languages);
  const { data } = version;
  const t = (key: string, values?: Record<string, string>) => text(ctx, lang, key, values);
  const env = { base: ctx.base, dossierId: dossier.id };
  const xhtml = (markdown: string) => toXhtml(ctx.md.render(markdown, env), rewrite);
  const parts: string[] = [`<h1>${escapeHtml(data.title)}</h1>`];
  if (shown !== lang) parts.push(`<p class="notice" lang="${lang}" dir="${textDirection(lang)}">${escapeHtml(t(`only_in.${shown}`))}</p>`);
  if (data.summary) parts.push(`<p class="lede">${escapeHtml(data.summary)}</p>`);
  const meta = [`<dt>${escapeHtml(t("published"))}</dt><dd>${escapeHtml(formatDate(version.date, lang, ctx.model.site))}</dd>`];
  const source = data.source;
  if (source) {
    const by = source.author ? ` ${escapeHtml(t("by_author", { author: source.author }))}` : "";
    const link = source.url ? ` · <a href="${escapeHtml(source.url)}">${escapeHtml(t("read_original"))}</a>` : "";
    meta.push(`<dt>${escapeHtml(t("source"))}</dt><dd><bdi>${escapeHtml(source.name)}</bdi>${by}${link}</dd>`);
    if (source.via?.length) meta.push(`<dt>${escapeHtml(t("via"))}</dt><dd>${source.via.map((v) => `<bdi>${escapeHtml(v.name)}</bdi>`).join(" · ")}</dd>`);
  }
  if (version.retrieved) meta.push(`<dt>${escapeHtml(t("retrieved"))}</dt><dd>${escapeHtml(formatDate(version.retrieved, lang, ctx.model.site))}</dd>`);
  parts.push(`<dl class="meta">${meta.join("")}</dl>`);
  if (article.original !== shown) {
    const language = t(`language_names.${article.original}`);
    parts.push(`<p class="translation">${escapeHtml(data.translation?.by ? t("translated_by", { name: data.translation.by, language }) : t("translated", { language }))}</p>`);
  }
  if (data.image) {
    const src = data.image.src ? rewrite.src(mediaSrc(ctx.base, dossier.id, data.image.src)) : undefined;
    const credit = data.image.credit ? ` <span class="credit">${escapeHtml(t("photo_credit"))} <bdi>${escapeHtml(data.image.credit)}</bdi></span>` : "";
    const picture = src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(data.image.alt ?? data.image.caption ?? "")}"/>` : "";
    const label = src ? "" : `<span class="label">${escapeHtml(t("image_caption_only"))}:</span> `;
    parts.push(`<figure>${picture}<figcaption>${label}${escapeHtml(data.image.caption ?? "")}${credit}</figcaption></figure>`);
  }
  if (data.note) parts.push(`<aside class="note"><h2>${escapeHtml(t("curator_note"))}</h2>${xhtml(data.note)}</aside>`);
  parts.push(`<div class="body">${xhtml(version.body)}</div>`);
  return { file: `${article.id}.xhtml`, title: data.title, lang: shown, body: parts.join("\n") };
}

export function dossierBook(ctx: PageContext, dossier: Dossier, lang: Lang): DossierBook {
  const { value: intro } = pick(dossier.versions, lang, dossier.languages);
  const chapters = new Map<string, string>([[withBase(ctx.base, dossierUrl(lang, dossier.id)), "intro.xhtml"]]);
  for (const article of dossier.articles) {
    const shown = pick(article.versions, lang, ctx.model.languages).lang;
    chapters.set(withBase(ctx.base, articleUrl(shown, dossier.id, article.id)), `${article.id}.xhtml`);
  }
  const images = new Map<string, BookImage>();
  const introRewrite = rewriter(ctx, dossier, dossierUrl(lang, dossier.id), chapters, images);
  const introBody = toXhtml(ctx.md.render(intro.body, { base: ctx.base, dossierId: dossier.id }), introRewrite);
  const list: Chapter[] = [
    {
      file: "intro.xhtml",
      title: text(ctx, lang, "introduction"),
      lang,
      body: [`<h1>${escapeHtml(intro.data.title)}</h1>`, intro.data.summary ? `<p class="lede">${escapeHtml(intro.data.summary)}</p>` : "", introBody].filter(Boolean).join("\n"),
    },
  ];
  const dates: ContentDate[] = [];
  dossier.articles.forEach((article, index) => {
    const shown = pick(article.versions, lang, ctx.model.languages);
    list.push(articleChapter(ctx, dossier, index, lang, rewriter(ctx, dossier, articleUrl(shown.lang, dossier.id, article.id), chapters, images)));
    dates.push(shown.value.retrieved ?? shown.value.date, shown.value.date);
  });
  const modified = dates.sort((a, b) => dateKey(a).localeCompare(dateKey(b))).at(-1) ?? { date: "2000-01-01" };
  return {
    lang,
    title: intro.data.title,
    summary: intro.data.summary,
    chapters: list,
    images: [...images.values()].sort((a, b) => (a.file < b.file ? -1 : 1)),
    modified,
  };
}
