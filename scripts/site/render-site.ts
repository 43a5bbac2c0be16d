import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { syncWriter } from "../content/sync-writer.ts";
import type { Model } from "../model/build-model.ts";
import { outputPathFor, withBase } from "../model/urls.ts";
import { createMarkdown } from "../text/markdown/create-markdown.ts";
import { memoizeMarkdown } from "../text/markdown/memoize-markdown.ts";
import { buildPages, PAGE_KINDS, type BuiltPages, type PageKind, type SitePages } from "./pages/build-pages.ts";
import { countText, text, type PageContext } from "./pages/page-context.ts";
import { renderCards, type CardReport } from "./cards/render-cards.ts";
import { shareBrowserStrings } from "./share/share-strings.ts";
import { writeShareFiles } from "./share/write-share-files.ts";
import { loadUiStrings } from "./ui-strings.ts";
import { contentSecurityPolicy, REFERRER_POLICY } from "./security-policy.ts";
import { writeAssets, type SiteAssets } from "./write-assets.ts";
import { bundleBrowserScripts, type BrowserScripts } from "./bundle-browser.ts";
import type { Lang } from "../content/ids.ts";

export interface RenderOptions {
  layoutsDir: string;
  outDir: string;
  base: string;
  /** Where social cards are cached between builds (a folder milaff owns). */
  cacheDir?: string;
}

export type RenderAssets = SiteAssets & { scripts: BrowserScripts };

/** A rendered page: its path inside the output folder and its HTML. */
export interface RenderedPage {
  file: string;
  html: string;
}

export interface RenderResult {
  pages: SitePages;
  /** The pages with what they were made from, and what every page shared: what `milaff serve` builds on. */
  built: BuiltPages;
  input: RenderInput;
  assets: RenderAssets;
  written: number;
  cards: CardReport;
  /** Every page written, as written: checked without reading it back. */
  output: RenderedPage[];
}

/** Copies each dossier's media/ folder to /media/<dossier>/. */
export async function copyMedia(model: Model, outDir: string): Promise<void> {
  await Promise.all(
    model.dossiers
      .filter((d) => d.media.length)
      .map((d) => cp(path.join(d.dir, "media"), path.join(outDir, "media", d.id), { recursive: true })),
  );
}

/** What every page of one render shares: the model, its strings and the asset URLs. */
export interface RenderInput {
  ctx: PageContext;
  assets: RenderAssets;
}

/**
 * Eleventy, set up once for a site's layouts: it renders whichever pages it is given, as often
 * as asked, into memory. One paginated virtual template per layout is fed with page data built
 * from the model; Nunjucks escapes by default, and every link gets the base path through the
 * `link` filter. Reused by `milaff serve`, where each rebuild after the first renders only the
 * pages an edit changed, in milliseconds: Eleventy keeps its compiled layouts.
 */
export interface SiteRenderer {
  render(input: RenderInput, pages: Partial<SitePages>): Promise<RenderedPage[]>;
  close(): Promise<void>;
}

export async function createRenderer(layoutsDir: string, base: string): Promise<SiteRenderer> {
  // Eleventy needs an input folder; ours is empty because every template is virtual.
  const input = await mkdtemp(path.join(os.tmpdir(), "milaff-eleventy-"));
  // Eleventy reads global data once per instance: each render refills these same objects.
  let ctx: PageContext | undefined;
  const shared: Record<string, unknown> = {};
  const lists = Object.fromEntries(PAGE_KINDS.map((kind) => [kind, [] as unknown[]])) as Record<PageKind, unknown[]>;
  let siteUrl: string | undefined;
  const eleventy = new Eleventy(input, path.join(input, "_unused"), {
    quietMode: true,
    config(config) {
      config.setIncludesDirectory(path.relative(input, layoutsDir));
      config.addGlobalData("milaff", shared);
      config.addFilter("csp", contentSecurityPolicy);
      config.addFilter("link", (url: string) => withBase(base, url));
      // site.yml's url is the public address of the site root, base path included.
      config.addGlobalData("siteUrl", () => siteUrl);
      config.addFilter("absolute", (url: string) => (siteUrl ? siteUrl + url.slice(1) : withBase(base, url)));
      config.addFilter("t", (key: string, lang: Lang, values?: Record<string, string>) => text(ctx!, lang, key, values));
      config.addFilter("count", (n: number, key: string, lang: Lang) => countText(ctx!, lang, key, n));
      for (const kind of PAGE_KINDS) {
        config.addGlobalData(`pages_${kind}`, lists[kind]);
        config.addTemplate(`${kind}.njk`, "", {
          pagination: { data: `pages_${kind}`, size: 1, alias: "p" },
          permalink: (data: { p: { url: string } }) => outputPathFor(data.p.url),
          layout: `${kind}.njk`,
          eleventyExcludeFromCollections: true,
        });
      }
    },
  });
  eleventy.disableLogger();
  let rendered = false;
  return {
    async render(renderInput, pages) {
      const url = renderInput.ctx.model.site.url?.replace(/\/?$/, "/");
      if (rendered && url !== siteUrl) throw new Error("A renderer renders one site address: make a new one when site.yml's url changes.");
      [rendered, siteUrl, ctx] = [true, url, renderInput.ctx];
      const { assets } = renderInput;
      Object.assign(shared, { base, assets, strings: ctx.strings, languages: ctx.model.languages, pagefind: withBase(base, "/pagefind/pagefind.js"), share: { strings: shareBrowserStrings(ctx) }, referrerPolicy: REFERRER_POLICY });
      for (const kind of PAGE_KINDS) {
        lists[kind].length = 0;
        for (const page of pages[kind] ?? []) lists[kind].push(page);
      }
      const results = await eleventy.toJSON();
      return results.map((r) => ({ file: outputPathFor(r.url), html: r.content }));
    },
    close: () => rm(input, { recursive: true, force: true }),
  };
}

/** The shared parts of a render: interface strings, Markdown, stylesheet, fonts and scripts, written to the output. */
export async function prepareRender(model: Model, options: RenderOptions): Promise<RenderInput> {
  const { layoutsDir, outDir, base } = options;
  const ctx: PageContext = { model, strings: await loadUiStrings(layoutsDir, model.languages), base, md: memoizeMarkdown(createMarkdown()) };
  const assets = { ...(await writeAssets(layoutsDir, outDir, base)), scripts: await bundleBrowserScripts(outDir, base) };
  return { ctx, assets };
}

/**
 * Step 4 of the pipeline: every page of the site, rendered by Eleventy and written into the
 * output folder, with the site's assets and each dossier's media. A renderer given is kept open
 * (for `milaff serve`); otherwise one is made for this render and closed.
 */
export async function renderSite(model: Model, options: RenderOptions, renderer?: SiteRenderer): Promise<RenderResult> {
  const input = await prepareRender(model, options);
  const built = buildPages(input.ctx);
  await copyMedia(model, options.outDir);
  const eleventy = renderer ?? (await createRenderer(options.layoutsDir, options.base));
  try {
    // Cards are drawn off this thread (card-drawer.ts) while Eleventy renders on it.
    const [output, cards] = await Promise.all([eleventy.render(input, built.pages), renderCards(built.pages, options.outDir, options.cacheDir), writeShareFiles(input.ctx, built.pages, options.outDir)]);
    const write = syncWriter();
    for (const page of output) write(path.join(options.outDir, page.file), page.html);
    return { pages: built.pages, built, input, assets: input.assets, written: output.length, output, cards };
  } finally {
    if (!renderer) await eleventy.close();
  }
}
