import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/bench/chromium.ts";
import { serveStatic, type StaticServer } from "../../scripts/bench/static-server.ts";
import { buildFixture, FIXTURES, SAMPLE_CONTENT } from "./build-fixture.ts";

export const BASE = "/milaff/";

/**
 * The sample site plus test/fixtures/every-page-type (a renamed article, whose old address is a
 * redirect page; an article in one language), built under a base path: every page type there is.
 */
export async function buildEveryPageType(): Promise<string> {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-page-types-")), "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  await cp(path.join(FIXTURES, "every-page-type", "dossiers"), path.join(content, "dossiers"), { recursive: true });
  return (await buildFixture(content, { base: BASE })).outDir;
}

export interface PageType {
  /** The layout kind, from `<body class="page-<kind>">`. */
  kind: string;
  lang: string;
  dir: string;
  /** Path under the server's origin, base path included. */
  path: string;
}

/** What a page holds beyond running text, that styles and checks treat apart (code, tables, figures, notices). */
const FEATURES = ["<pre", "<table", "<figure", "<blockquote", 'class="notice'];

/**
 * One page of each kind in each language, found in the built site (the first by file name), so
 * that page kinds added later are covered without listing them here; and one more of a kind
 * for each other mix of code, tables, figures, quotes and notices found in pages of that kind.
 */
export async function pageTypes(outDir: string, base = BASE): Promise<PageType[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith(".html")).sort();
  const found = new Map<string, PageType>();
  for (const file of files) {
    const html = await readFile(path.join(outDir, file), "utf8");
    const kind = /<body[^>]*class="[^"]*\bpage-([a-z0-9-]+)/.exec(html)?.[1];
    const [, lang = "", dir = ""] = /<html[^>]*lang="([^"]*)"[^>]*dir="([^"]*)"/.exec(html) ?? [];
    const features = FEATURES.filter((f) => html.includes(f)).join("");
    if (!kind || found.has(`${kind}/${lang}/${features}`)) continue;
    found.set(`${kind}/${lang}/${features}`, { kind, lang, dir, path: base + file.split(path.sep).join("/").replace(/(^|\/)index\.html$/, "$1") });
  }
  return [...found.values()];
}

/** Queries of the sample site: one that finds articles in both languages, one that finds nothing. */
export const QUERY_WITH_RESULTS = "حفتر Haftar";
export const QUERY_WITHOUT_RESULTS = "zqxjv";

/** Every page type, and the search page with results and without, in each language. */
export async function pagesToVisit(outDir: string): Promise<PageType[]> {
  const types = await pageTypes(outDir);
  const searches = types.filter((t) => t.kind === "search");
  return [
    ...types.filter((t) => t.kind !== "search"),
    ...searches.flatMap((s) => [
      { ...s, kind: "search-results", path: `${s.path}?q=${encodeURIComponent(QUERY_WITH_RESULTS)}` },
      { ...s, kind: "search-none", path: `${s.path}?q=${QUERY_WITHOUT_RESULTS}` },
    ]),
  ];
}

export interface PageTypesSite {
  pages: PageType[];
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/** The every-page-type site built, served under its base path, with a browser to visit it. */
export async function startPageTypesSite(): Promise<PageTypesSite> {
  const outDir = await buildEveryPageType();
  const [pages, server, browser] = await Promise.all([pagesToVisit(outDir), serveStatic(outDir, BASE), launchChromium()]);
  return { pages, server, browser, close: async () => void (await Promise.all([browser.close(), server.close()])) };
}
