import type { Lang } from "../content/ids.ts";
import type { EntityKind } from "../content/schema.ts";

/*
 * The site's URL scheme, as paths from the site root. The base path (`/repo/`) is added
 * when rendering, in one place, so that the model never depends on where the site is hosted.
 */

export const landingUrl = (): string => "/";
export const homeUrl = (lang: Lang): string => `/${lang}/`;
export const dossierUrl = (lang: Lang, dossier: string): string => `/${lang}/${dossier}/`;
export const articleUrl = (lang: Lang, dossier: string, article: string): string => `/${lang}/${dossier}/${article}/`;
export const entityUrl = (lang: Lang, kind: EntityKind, id: string): string => `/${lang}/${kind}/${id}/`;
/** Every person (organisation, place) the site names: `/ar/people/`. */
export const entityIndexUrl = (lang: Lang, kind: EntityKind): string => `/${lang}/${kind}/`;
export const searchUrl = (lang: Lang): string => `/${lang}/search/`;
/** A file of a dossier's media/ folder (path from the dossier folder), as published. */
export const mediaUrl = (dossier: string, file: string): string => `/media/${dossier}/${encodeURI(file.replace(/^media\//, ""))}`;
export const notFoundUrl = (): string => "/404.html";

/** The file a page URL is written to: `/ar/x/` → `ar/x/index.html`. */
export function outputPathFor(url: string): string {
  return url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1);
}

/** Normalizes a base path to the form `/repo/` (or `/`). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? "/").trim().replace(/^\/*|\/*$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** `/ar/x/` under base `/repo/` → `/repo/ar/x/`. Leaves web addresses and fragments alone. */
export function withBase(base: string, url: string): string {
  if (!url.startsWith("/") || url.startsWith("//")) return url;
  return base + url.slice(1);
}
