import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Model } from "../model/build-model.ts";
import { outputPathFor, withBase } from "../model/urls.ts";
import { createMarkdown } from "../text/markdown/create-markdown.ts";
import { buildPages, type SitePages } from "./pages/build-pages.ts";
import { countText, text, type PageContext } from "./pages/page-context.ts";
import { renderCards, type CardReport } from "./cards/render-cards.ts";
import { shareBrowserStrings } from "./share/share-strings.ts";
import { writeShareFiles } from "./share/write-share-files.ts";
import { loadUiStrings } from "./ui-strings.ts";
import { contentSecurityPolicy, REFERRER_POLICY } from "./security-policy.ts";
import { writeAssets, type SiteAssets } from "./write-assets.ts";
import { bundleBrowserScripts, type BrowserScripts } from "./bundle-browser.ts";

export interface RenderOptions {
  layoutsDir: string;
  outDir: string;
  base: string;
  /** Where social cards are cached between builds (a folder milaff owns). */
  cacheDir?: string;
}

export interface RenderResult {
  pages: SitePages;
  assets: SiteAssets & { scripts: BrowserScripts };
  written: number;
  cards: CardReport;
  /** Every page written, as written (path inside the output folder, HTML): checked without reading it back. */
  output: { file: string; html: string }[];
}

/** Copies each dossier's media/ folder to /media/<dossier>/. */
async function copyMedia(model: Model, outDir: string): Promise<void> {
  await Promise.all(
    model.dossiers
      .filter((d) => d.media.length)
      .map((d) => cp(path.join(d.dir, "media"), path.join(outDir, "media", d.id), { recursive: true })),
  );
}

/**
 * Step 4 of the pipeline: Eleventy renders one paginated virtual template per layout, fed
 * with page data built from the model in one pass. Layouts live in layouts/, Nunjucks
 * escapes by default, and every link gets the base path through the `link` filter.
 */
export async function renderSite(model: Model, options: RenderOptions): Promise<RenderResult> {
  const { layoutsDir, outDir, base } = options;
  const strings = await loadUiStrings(layoutsDir, model.languages);
  const ctx: PageContext = { model, strings, base, md: createMarkdown() };
  const pages = buildPages(ctx);
  const assets = { ...(await writeAssets(layoutsDir, outDir, base)), scripts: await bundleBrowserScripts(outDir, base) };
  await copyMedia(model, outDir);

  // Eleventy needs an input folder; ours is empty because every template is virtual.
  const input = await mkdtemp(path.join(os.tmpdir(), "milaff-eleventy-"));
  try {
    const eleventy = new Eleventy(input, outDir, {
      quietMode: true,
      config(config) {
        config.setIncludesDirectory(path.relative(input, layoutsDir));
        config.addGlobalData("milaff", { base, assets, strings, languages: model.languages, pagefind: withBase(base, "/pagefind/pagefind.js"), share: { strings: shareBrowserStrings(ctx) }, referrerPolicy: REFERRER_POLICY });
        config.addFilter("csp", contentSecurityPolicy);
        config.addFilter("link", (url: string) => withBase(base, url));
        // site.yml's url is the public address of the site root, base path included.
        const siteUrl = model.site.url?.replace(/\/?$/, "/");
        config.addGlobalData("siteUrl", siteUrl);
        config.addFilter("absolute", (url: string) => (siteUrl ? siteUrl + url.slice(1) : withBase(base, url)));
        config.addFilter("t", (key: string, lang: Parameters<typeof text>[1], values?: Record<string, string>) => text(ctx, lang, key, values));
        config.addFilter("count", (n: number, key: string, lang: Parameters<typeof text>[1]) => countText(ctx, lang, key, n));
        for (const [kind, list] of Object.entries(pages)) {
          config.addGlobalData(`pages_${kind}`, list);
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
    // Cards are drawn on the thread pool while Eleventy renders on this thread.
    const [[, templates], cards] = await Promise.all([eleventy.write(), renderCards(pages, outDir, options.cacheDir), writeShareFiles(ctx, pages, outDir)]);
    const output = templates.map((t) => ({ file: path.relative(outDir, t.outputPath), html: t.content }));
    return { pages, assets, written: templates.length, output, cards };
  } finally {
    await rm(input, { recursive: true, force: true });
  }
}
