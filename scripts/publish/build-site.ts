import { writeFile } from "node:fs/promises";
import path from "node:path";
import { countNoun } from "../content/count-noun.ts";
import type { ContentWarning } from "../content/content-warning.ts";
import { loadValidContent } from "../content/validate-content.ts";
import { buildModel, type Model } from "../model/build-model.ts";
import { typographicContent } from "../text/markdown/typographic-text.ts";
import { articleUrl, dossierUrl, normalizeBase, outputPathFor } from "../model/urls.ts";
import { dossierRevisions } from "../offline/content-revision.ts";
import { writeEpubs } from "../offline/epub/write-epubs.ts";
import { writeOffline } from "../offline/write-offline.ts";
import { cacheFolder } from "../site/open-cache.ts";
import type { BuiltPages } from "../site/pages/build-pages.ts";
import { renderSite, type RenderInput, type SiteRenderer } from "../site/render-site.ts";
import { VerifyError } from "../verify/verify-error.ts";
import { readPage, verifySite, type VerifiedSite } from "../verify/verify-site.ts";
import type { SearchRecord } from "../search/search-records.ts";
import { checkOutputFolder } from "./output-folder.ts";
import type { SearchJob, SearchMessage } from "./search-worker.ts";
import { startWorker } from "../site/start-worker.ts";
import { cleanLeftovers, createStagingDir, discardStagingDir, swapIntoPlace } from "./swap-output.ts";

export interface BuildOptions {
  contentDir: string;
  layoutsDir: string;
  outDir: string;
  /** Path the site is served under, e.g. `/repo/` on GitHub Pages project sites. */
  base?: string;
  /** Public address, overriding site.yml's url. */
  url?: string;
  /** Eleventy set up for these layouts, kept between builds by `milaff serve`; made for this build otherwise. */
  renderer?: SiteRenderer;
  /** Replace an output folder milaff did not write (never the content, the project or home). */
  force?: boolean;
  /** Called when a step starts and when it finishes, for progress output. */
  onStart?: (step: string) => void;
  onStep?: (step: string, detail: string, ms: number) => void;
}

export interface SiteState {
  built: BuiltPages;
  input: RenderInput;
  /** What verification learnt of the pages and files, when a renderer was given (serve). */
  verified?: VerifiedSite;
  /** The search records of the whole build, when a renderer was given (serve). */
  search?: SearchRecord[];
}

export interface BuildResult {
  model: Model;
  /** What the next build of `milaff serve` builds on: the pages, what they shared, and what verification read from them. */
  site: SiteState;
  /** Content warnings (content-warning.ts): printed by the commands, never a failure. */
  warnings: ContentWarning[];
  pages: number;
  links: number;
  outDir: string;
}

/** The content file each article and dossier page is written from, to name it in problems. */
export function pageSources(model: Model): Map<string, string> {
  const sources = new Map<string, string>();
  for (const dossier of model.dossiers) {
    for (const lang of dossier.languages) sources.set(outputPathFor(dossierUrl(lang, dossier.id)), dossier.versions[lang]!.file);
    for (const article of dossier.articles) {
      for (const lang of article.languages) sources.set(outputPathFor(articleUrl(lang, dossier.id, article.id)), article.versions[lang]!.file);
    }
  }
  return sources;
}

export async function timed<T>(step: string, options: BuildOptions, run: () => Promise<T>, detail: (value: T) => string): Promise<T> {
  options.onStart?.(step);
  const start = performance.now();
  const value = await run();
  options.onStep?.(step, detail(value), performance.now() - start);
  return value;
}

/**
 * The search index, built on the second core: a worker thread analyzes the content (loading it
 * itself, while this thread checks it) and runs Pagefind's process, while this thread renders.
 * Settles only once nothing writes into the staging folder any more.
 */
function indexAlongside(options: BuildOptions, staging: string): Promise<SearchRecord[] | number> {
  const job: SearchJob = { contentDir: options.contentDir, outDir: staging, base: normalizeBase(options.base), keepRecords: Boolean(options.renderer) };
  const worker = startWorker(new URL("./search-worker.ts", import.meta.url), job);
  return new Promise((resolve, reject) => {
    let outcome: SearchMessage | undefined;
    worker.on("message", (message: SearchMessage) => {
      if ("step" in message) options.onStep?.(message.step, message.detail, message.ms);
      else outcome = message;
    });
    worker.on("error", reject);
    worker.on("exit", () => {
      if (outcome && "done" in outcome) resolve(outcome.records);
      else reject(new Error(`The search index could not be built: ${outcome && "failed" in outcome ? outcome.failed : "its worker stopped"}`));
    });
  });
}

/**
 * The whole pipeline: load → validate → model → render, with the search index alongside → offline → verify → publish.
 * Everything is written to a staging folder; the output folder is replaced only if every step succeeded.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const base = normalizeBase(options.base);
  await checkOutputFolder(options.outDir, options);
  await cleanLeftovers(options.outDir);
  const staging = await createStagingDir(options.outDir);
  const indexing = indexAlongside(options, staging);
  // Whatever fails, the staging folder is removed only once the search worker is done with it.
  const settled = indexing.catch(() => undefined);
  try {
    const content = await timed("check", options, () => loadValidContent(options.contentDir), (c) => `${countNoun(c.dossiers.length, "dossier")}, ${countNoun(c.dossiers.reduce((n, d) => n + d.articles.length, 0), "article")}`);
    // A new object: what the content step checked is kept between builds, unchanged.
    if (options.url) content.site = { ...content.site, url: options.url };
    const model = buildModel(typographicContent(content));
    const cacheDir = cacheFolder(options.contentDir);
    const revisions = dossierRevisions(model, options.layoutsDir, base);
    const epubs = await timed("epub", options, () => writeEpubs(model, staging, { base, layoutsDir: options.layoutsDir, revisions, cacheDir }), (sizes) => countNoun(Object.values(sizes).reduce((n, s) => n + Object.keys(s).length, 0), "EPUB"));
    const render = await timed("render", options, () => renderSite(model, { layoutsDir: options.layoutsDir, outDir: staging, base, cacheDir, epubBytes: epubs }, options.renderer),
      (r) => `${countNoun(r.written, "page")}, ${countNoun(r.cards.rendered + r.cards.reused, "card")} (${r.cards.rendered} drawn, ${r.cards.reused} reused${r.cards.cacheSkipped ? `; not cached: ${r.cards.cacheSkipped}` : ""})`,
    );
    // Read while Pagefind still indexes: the pages as rendered, not read back from disk.
    const facts = new Map(render.output.map(({ file, html }) => [file, readPage(html)]));
    const records = await indexing;
    // GitHub Pages would otherwise run Jekyll, which hides files and folders starting with _.
    await writeFile(path.join(staging, ".nojekyll"), "");
    // After the index: the lists of files to save name the index files Pagefind wrote.
    await timed("offline", options, () => writeOffline(model, staging, { base, revisions }), (r) => `service worker, ${countNoun(r.dossiers, "dossier")} to save`);
    const report = await timed("verify", options, () => verifySite(staging, base, facts, { site: content.site.url, keep: Boolean(options.renderer) }), (r) => `${countNoun(r.pages, "page")}, ${countNoun(r.links, "link")}`);
    if (report.problems.length) throw new VerifyError(report.problems, pageSources(model));
    await timed("publish", options, () => swapIntoPlace(staging, options.outDir), () => options.outDir);
    return { model, warnings: content.warnings, site: { built: render.built, input: render.input, verified: report.verified, search: typeof records === "number" ? undefined : records }, pages: render.written, links: report.links, outDir: options.outDir };
  } catch (error) {
    await settled;
    await discardStagingDir(staging);
    throw error;
  }
}
