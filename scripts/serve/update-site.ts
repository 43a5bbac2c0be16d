import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import equal from "fast-deep-equal";
import type { ContentWarning } from "../content/content-warning.ts";
import type { Lang } from "../content/ids.ts";
import { countNoun } from "../content/count-noun.ts";
import { syncWriter } from "../content/sync-writer.ts";
import { loadValidContent } from "../content/validate-content.ts";
import { buildModel, type Model } from "../model/build-model.ts";
import { typographicContent } from "../text/markdown/typographic-text.ts";
import { articleUrl, normalizeBase, outputPathFor } from "../model/urls.ts";
import { pageSources, timed, type BuildOptions, type SiteState } from "../publish/build-site.ts";
import { buildPages, PAGE_KINDS, type BuiltPages, type SitePages } from "../site/pages/build-pages.ts";
import { cacheFolder } from "../site/open-cache.ts";
import { renderCards } from "../site/cards/render-cards.ts";
import { copyMedia, type RenderInput, type SiteRenderer } from "../site/render-site.ts";
import { writeShareFiles } from "../site/share/write-share-files.ts";
import { VerifyError } from "../verify/verify-error.ts";
import { readPage, verifySite } from "../verify/verify-site.ts";

/*
 * `milaff serve`'s rebuild after an edit in dossiers (anything else, such as site.yml or a layout,
 * is a whole build): the content is checked again, and of the pages only
 * those are made again that the changed dossiers make (with the site-wide ones), only those
 * Eleventy renders whose data changed, and only those are written, in place, each file
 * replaced at once. Nothing is written unless every check passed, links included.
 * Offline reading's files (service worker, lists of files to save, EPUBs) stay as the last whole
 * build wrote them: pages are network-first, so an edit shows at once; saving a dossier is for
 * the published site, and `milaff build` always writes them anew (docs/offline.md).
 */

/** What changed since the last build, from the files the watcher saw. */
export interface ContentChanges {
  /** Dossiers whose folder changed (Markdown or media). */
  dossiers: Set<string>;
  /** Of those, the dossiers in which only articles' files changed, with the articles' ids (see PageReuse). */
  articlesOnly: Map<string, Set<string>>;
  /** Dossiers whose media/ folder changed: copied again. */
  media: Set<string>;
}

export interface UpdateResult {
  model: Model;
  warnings: ContentWarning[];
  site: SiteState;
  /** Pages written and removed. */
  written: string[];
  removed: string[];
}

type Page = SitePages[keyof SitePages][number];

function pagesByFile(pages: SitePages): Map<string, { kind: keyof SitePages; page: Page }> {
  const files = new Map<string, { kind: keyof SitePages; page: Page }>();
  for (const kind of PAGE_KINDS) for (const page of pages[kind]) files.set(outputPathFor(page.url), { kind, page });
  return files;
}

/**
 * The pages whose cards and citation files are written: those that changed, and those of the
 * files that changed (their articles, their dossier's page). A failed update has written them
 * already, and the save that mends it can bring the pages back to what they were, unchanged.
 */
function pagesBeside(built: BuiltPages, changes: ContentChanges, changedPages: SitePages, languages: Lang[]): SitePages {
  const article = new Set(changedPages.article);
  const dossier = new Set(changedPages.dossier);
  for (const id of changes.dossiers) {
    const pages = built.byDossier.get(id);
    if (!pages) continue;
    for (const page of pages.dossier) dossier.add(page);
    const only = changes.articlesOnly.get(id);
    const urls = only && new Set([...only].flatMap((a) => languages.map((lang) => articleUrl(lang, id, a))));
    for (const page of pages.article) if (!urls || urls.has(page.url)) article.add(page);
  }
  return { ...changedPages, article: [...article], dossier: [...dossier] };
}

/** Writes beside the file, then renames over it: a reader never gets half a page. */
function replaceFile(write: ReturnType<typeof syncWriter>, file: string, html: string): void {
  const temporary = `${file}.milaff-${process.pid}.tmp`;
  write(temporary, html);
  renameSync(temporary, file);
}

export async function updateSite(options: BuildOptions & { renderer: SiteRenderer }, state: SiteState, changes: ContentChanges): Promise<UpdateResult> {
  const base = normalizeBase(options.base);
  const content = await timed("check", options, () => loadValidContent(options.contentDir), (c) => `${countNoun(c.dossiers.length, "dossier")}, ${countNoun(c.dossiers.reduce((n, d) => n + d.articles.length, 0), "article")}`);
  // A new object: what the content step checked is kept between builds, unchanged.
  if (options.url) content.site = { ...content.site, url: options.url };
  const model = buildModel(typographicContent(content));
  const input: RenderInput = { ctx: { ...state.input.ctx, model }, assets: state.input.assets };

  const { built, rendered, removed, changedPages } = await timed(
    "render",
    options,
    async () => {
      const built = buildPages(input.ctx, { previous: state.built, changed: changes.dossiers, articlesOnly: changes.articlesOnly });
      const before = pagesByFile(state.built.pages);
      const after = pagesByFile(built.pages);
      const toRender: Partial<Record<keyof SitePages, Page[]>> = {};
      for (const [file, { kind, page }] of after) if (!equal(before.get(file)?.page, page)) (toRender[kind] ??= []).push(page);
      const removed = [...before.keys()].filter((file) => !after.has(file));
      const changedPages = Object.fromEntries(PAGE_KINDS.map((kind) => [kind, toRender[kind] ?? []])) as unknown as SitePages;
      const rendered = await options.renderer.render(input, changedPages);
      return { built, rendered, removed, changedPages };
    },
    (r) => `${countNoun(r.rendered.length, "page")} changed${r.removed.length ? `, ${r.removed.length} removed` : ""}`,
  );

  const facts = new Map(rendered.map((page) => [page.file, readPage(page.html)]));
  // Files beside the pages first (pages about to be written link to them, and verification looks for them): cards and citation files of the changed pages (cards drawn unless cached), feeds and the sitemap.
  const besidePages = pagesBeside(built, changes, changedPages, model.languages);
  const [, beside] = await timed(
    "share",
    options,
    () => Promise.all([renderCards(besidePages, options.outDir, cacheFolder(options.contentDir), { prune: false }), writeShareFiles(input.ctx, built.pages, options.outDir, besidePages.article)]),
    ([cards]) => `${countNoun(cards.rendered + cards.reused, "card")}`,
  );
  // Images too.
  await copyMedia({ ...model, dossiers: model.dossiers.filter((d) => changes.media.has(d.id)) }, options.outDir);
  const report = await timed("verify", options, () => verifySite(options.outDir, base, facts, { site: content.site.url, pending: { written: rendered.map((p) => p.file), removed, beside }, previous: state.verified, keep: true }), (r) => `${countNoun(r.pages, "page")}, ${countNoun(r.links, "link")}`);
  if (report.problems.length) throw new VerifyError(report.problems, pageSources(model));

  const write = syncWriter();
  for (const page of rendered) replaceFile(write, path.join(options.outDir, page.file), page.html);
  for (const file of removed) rmSync(path.join(options.outDir, file), { force: true });
  return { model, warnings: content.warnings, site: { built, input, verified: report.verified }, written: rendered.map((p) => p.file), removed };
}
