import { textDirection, type Lang } from "../../content/ids.ts";
import { articleUrl, homeUrl, landingUrl, notFoundUrl, searchUrl } from "../../model/urls.ts";
import { pageBase, text, type Dir, type PageBase, type PageContext } from "./page-context.ts";

/** One language's half of a bilingual page (the landing page and the 404 page). */
export interface LanguageSide {
  lang: Lang;
  dir: Dir;
  title: string;
  text: string;
  link: { url: string; label: string };
  /** The site's title and search page in this language, for the half's own footer and search box. */
  siteTitle: string;
  searchUrl: string;
}

export interface BilingualPage extends PageBase {
  kind: "landing" | "not-found";
  sides: LanguageSide[];
}

export interface RedirectPage extends PageBase {
  kind: "redirect";
  target: string;
  text: string;
}

function bilingual(ctx: PageContext, kind: BilingualPage["kind"], url: string, side: (lang: Lang) => Omit<LanguageSide, "lang" | "dir" | "siteTitle" | "searchUrl">): BilingualPage {
  const { languages, site } = ctx.model;
  const primary = languages[0]!;
  const sides = languages.map((lang) => ({ lang, dir: textDirection(lang), siteTitle: site.title[lang], searchUrl: searchUrl(lang), ...side(lang) }));
  const heading = sides.map((s) => s.title).join(" · ");
  return { ...pageBase(ctx, { kind, url, lang: primary, heading }, {}, homeUrl), kind, docTitle: kind === "landing" ? languages.map((l) => site.title[l]).join(" · ") : heading, switchTo: [], sides };
}

export function landingPage(ctx: PageContext): BilingualPage {
  const { site } = ctx.model;
  return bilingual(ctx, "landing", landingUrl(), (lang) => ({
    title: site.title[lang],
    text: site.description[lang] ?? "",
    link: { url: homeUrl(lang), label: text(ctx, lang, "landing_enter") },
  }));
}

export function notFoundPage(ctx: PageContext): BilingualPage {
  return bilingual(ctx, "not-found", notFoundUrl(), (lang) => ({
    title: text(ctx, lang, "not_found_title"),
    text: text(ctx, lang, "not_found_text"),
    link: { url: homeUrl(lang), label: text(ctx, lang, "go_home") },
  }));
}

/** Old ids listed in `aliases` keep working: a small page that forwards to the article's address. */
export function redirectPages(ctx: PageContext): RedirectPage[] {
  return ctx.model.dossiers.flatMap((dossier) =>
    dossier.articles.flatMap((article) =>
      article.aliases.flatMap((alias) =>
        article.languages.map((lang) => ({
          ...pageBase(ctx, { kind: "redirect", url: articleUrl(lang, dossier.id, alias), lang, heading: text(ctx, lang, "moved_title") }, {}, homeUrl),
          kind: "redirect" as const,
          switchTo: [],
          target: articleUrl(lang, dossier.id, article.id),
          text: text(ctx, lang, "moved_text"),
        })),
      ),
    ),
  );
}
