import { writeFile } from "node:fs/promises";
import path from "node:path";
import { countNoun } from "../content/count-noun.ts";
import { loadValidContent } from "../content/validate-content.ts";
import { buildModel, type Model } from "../model/build-model.ts";
import { articleUrl, dossierUrl, normalizeBase, outputPathFor } from "../model/urls.ts";
import { prepareSearchIndex } from "../search/write-search-index.ts";
import { renderSite } from "../site/render-site.ts";
import { VerifyError } from "../verify/verify-error.ts";
import { verifySite } from "../verify/verify-site.ts";
import { createStagingDir, discardStagingDir, swapIntoPlace } from "./swap-output.ts";

export interface BuildOptions {
  contentDir: string;
  layoutsDir: string;
  outDir: string;
  /** Path the site is served under, e.g. `/repo/` on GitHub Pages project sites. */
  base?: string;
  /** Public address, overriding site.yml's url. */
  url?: string;
  /** Called when a step starts and when it finishes, for progress output. */
  onStart?: (step: string) => void;
  onStep?: (step: string, detail: string, ms: number) => void;
}

export interface BuildResult {
  model: Model;
  pages: number;
  links: number;
  outDir: string;
}

/** The content file each article and dossier page is written from, to name it in problems. */
function pageSources(model: Model): Map<string, string> {
  const sources = new Map<string, string>();
  for (const dossier of model.dossiers) {
    for (const lang of dossier.languages) sources.set(outputPathFor(dossierUrl(lang, dossier.id)), dossier.versions[lang]!.file);
    for (const article of dossier.articles) {
      for (const lang of article.languages) sources.set(outputPathFor(articleUrl(lang, dossier.id, article.id)), article.versions[lang]!.file);
    }
  }
  return sources;
}

async function timed<T>(step: string, options: BuildOptions, run: () => Promise<T>, detail: (value: T) => string): Promise<T> {
  options.onStart?.(step);
  const start = performance.now();
  const value = await run();
  options.onStep?.(step, detail(value), performance.now() - start);
  return value;
}

/**
 * The whole pipeline: load → validate → model → render and index (side by side) → verify → publish. Everything is
 * written to a staging folder; the output folder is replaced only if every step succeeded.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const base = normalizeBase(options.base);
  const content = await timed("check", options, () => loadValidContent(options.contentDir), (c) => `${countNoun(c.dossiers.length, "dossier")}, ${countNoun(c.dossiers.reduce((n, d) => n + d.articles.length, 0), "article")}`);
  if (options.url) content.site.url = options.url;
  const model = buildModel(content);
  const staging = await createStagingDir(options.outDir);
  try {
    const search = await timed("analyze", options, () => prepareSearchIndex(model, staging, base), (r) => `${countNoun(r.records, "article")} for search`);
    // Pagefind indexes in its own process while Eleventy renders here: two cores, one wait.
    const started = performance.now();
    const indexing = search.build().then(() => options.onStep?.("index", "one index, both languages (alongside render)", performance.now() - started));
    const rendering = timed("render", options, () => renderSite(model, { layoutsDir: options.layoutsDir, outDir: staging, base }), (r) => countNoun(r.written, "page"));
    // Both finish before anything is thrown: the staging folder is removed only once Pagefind is done with it.
    const [render, index] = await Promise.allSettled([rendering, indexing]);
    if (render.status === "rejected") throw render.reason;
    if (index.status === "rejected") throw index.reason;
    // GitHub Pages would otherwise run Jekyll, which hides files and folders starting with _.
    await writeFile(path.join(staging, ".nojekyll"), "");
    const report = await timed("verify", options, () => verifySite(staging, base), (r) => `${countNoun(r.pages, "page")}, ${countNoun(r.links, "link")}`);
    if (report.problems.length) throw new VerifyError(report.problems, pageSources(model));
    await timed("publish", options, () => swapIntoPlace(staging, options.outDir), () => options.outDir);
    return { model, pages: render.value.written, links: report.links, outDir: options.outDir };
  } catch (error) {
    await discardStagingDir(staging);
    throw error;
  }
}
