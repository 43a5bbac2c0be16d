import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { writeRunnerPages, type SearchFunctions } from "./runner-page.ts";
import { serveStatic } from "./static-server.ts";
import { quantile } from "./stats.ts";

/*
 * Search as a reader meets it, in Chromium: the bytes a first query downloads and the latency
 * of a fixed query list, on milaff's index and on Pagefind's default index of the bare
 * Eleventy pages of the same content (copied beside milaff's as /pagefind-default/).
 */

export interface SearchFigures {
  first: { milaff: Bytes; default: Bytes };
  firstMs: { milaff: number; default: number };
  latency: { milaff: Latency; default: Latency };
  size: { milaff: FolderSize; default: FolderSize; texts: FolderSize };
  queries: number;
}

export interface Bytes {
  raw: number;
  /** As a server compressing text (GitHub Pages) sends it. */
  gzip: number;
}

interface FolderSize {
  bytes: number;
  files: number;
}

interface Latency {
  median: number;
  p95: number;
}

/** A fixed query list: words of every frequency, with and without proclitics, and word pairs. */
export function queryList(vocabulary: { ar: string[]; en: string[] }): { lang: "ar" | "en"; query: string }[] {
  const ranks = [0, 3, 10, 30, 60, 100, 200, 300, 500, 800, 1200, 2000, 3000, 5000, 8000, 12000, 20000, 30000];
  const ar = ranks.map((r) => vocabulary.ar[r]!);
  const en = ranks.map((r) => vocabulary.en[r]!);
  const pairs = (list: string[]) => ranks.slice(0, 6).map((_, i) => `${list[i]} ${list[i + 6]}`);
  return [
    ...ar.map((query) => ({ lang: "ar" as const, query })),
    ...ar.slice(0, 8).map((w) => ({ lang: "ar" as const, query: `و${w}` })),
    ...ar.slice(4, 12).map((w) => ({ lang: "ar" as const, query: `بال${w}` })),
    ...pairs(ar).map((query) => ({ lang: "ar" as const, query })),
    ...en.map((query) => ({ lang: "en" as const, query })),
    ...pairs(en).map((query) => ({ lang: "en" as const, query })),
  ];
}

/** Bytes and number of the files under a folder. */
async function folderSize(dir: string): Promise<FolderSize> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

/** Bytes a page fetches while `run` drives it, counting the responses `counts` picks. */
async function downloads(browser: Browser, counts: (url: string) => boolean, run: (page: Page) => Promise<void>): Promise<Bytes> {
  const page = await browser.newPage();
  let raw = 0;
  let gzip = 0;
  page.on("response", async (r) => {
    if (!counts(r.url())) return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    raw += body.length;
    gzip += /\.(js|json|css|txt|html)$/.test(new URL(r.url()).pathname) ? gzipSync(body).length : body.length;
  });
  await run(page);
  await page.waitForLoadState("networkidle");
  await page.close();
  return { raw, gzip };
}

export async function measureSearch(browser: Browser, site: string, vocabulary: { ar: string[]; en: string[] }): Promise<SearchFigures> {
  await writeRunnerPages(site, { milaff: "/pagefind/pagefind.js", default: "/pagefind-default/pagefind.js" });
  const server = await serveStatic(site, "/");
  try {
    const queries = queryList(vocabulary);
    const firstQuery = queries[5]!;
    const first = {
      milaff: await downloads(
        browser,
        (u) => u.includes("/pagefind/") || u.includes("/search-text/") || /\/assets\/search\./.test(u),
        async (p) => void (await p.goto(`${server.origin}/ar/search/?q=${encodeURIComponent(firstQuery.query)}`, { waitUntil: "networkidle" })),
      ),
      default: await downloads(
        browser,
        (u) => u.includes("/pagefind-default/"),
        async (p) => {
          await p.goto(`${server.origin}/runner-ar.html`);
          await p.waitForFunction(() => "defaultSearch" in window);
          await p.evaluate((q) => (window as unknown as SearchFunctions).defaultSearch(q, 10), firstQuery.query);
        },
      ),
    };
    const latencies = { milaff: [] as number[], default: [] as number[] };
    const firstMs = { milaff: 0, default: 0 };
    for (const engine of ["milaff", "default"] as const) {
      // Pagefind's default index is one per language: each query runs on the page of its language.
      const pages = { ar: await browser.newPage(), en: await browser.newPage() };
      for (const [lang, page] of Object.entries(pages)) {
        await page.goto(`${server.origin}/runner-${lang}.html`);
        await page.waitForFunction(() => "milaffSearch" in window);
      }
      for (const [i, { lang, query }] of [firstQuery, ...queries].entries()) {
        const { ms } = await pages[lang].evaluate(
          ([e, q]) => (window as unknown as SearchFunctions)[e === "milaff" ? "milaffSearch" : "defaultSearch"](q!, 10),
          [engine, query] as const,
        );
        if (i === 0) firstMs[engine] = ms;
        else latencies[engine].push(ms);
      }
      await Promise.all(Object.values(pages).map((p) => p.close()));
    }
    const latency = (list: number[]) => ({ median: quantile(list, 0.5), p95: quantile(list, 0.95) });
    return {
      first,
      firstMs,
      latency: { milaff: latency(latencies.milaff), default: latency(latencies.default) },
      size: { milaff: await folderSize(path.join(site, "pagefind")), default: await folderSize(path.join(site, "pagefind-default")), texts: await folderSize(path.join(site, "search-text")) },
      queries: queries.length,
    };
  } finally {
    await server.close();
  }
}
