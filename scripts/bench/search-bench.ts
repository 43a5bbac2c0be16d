import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { DEFAULT_WORD_LIST, generateContent } from "./generate-content.ts";
import { measureProcess } from "./measure-process.ts";
import { writeRunnerPages, type SearchFunctions } from "./runner-page.ts";
import { serveStatic } from "./static-server.ts";

/*
 * npm run bench:search [-- --sizes 1000,10000 --words FILE]
 * On synthetic Arabic sites built with milaff: indexing time and peak memory against
 * `pagefind --site` on the same article pages, the bytes a browser downloads for a first
 * query, and query latency in Chromium over a fixed query list — all in the same run,
 * reported as figures and as ratios to Pagefind's default.
 */

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const RUNS = 3;
/** The generated articles' pages, and nothing else (entity pages also sit two folders deep). */
const ARTICLE_PAGES = "ar/dossier-*/*/index.html";
const NODE_TSX = [process.execPath, "--import", "tsx"];
const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000" }, words: { type: "string", default: DEFAULT_WORD_LIST } } });

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const quantile = (list: number[], q: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/** A fixed query list: words of every frequency, with and without proclitics, and word pairs. */
function queryList(vocabulary: string[]): string[] {
  const ranks = [0, 3, 10, 30, 60, 100, 200, 300, 500, 800, 1200, 2000, 3000, 5000, 8000, 12000, 20000, 30000];
  const single = ranks.map((r) => vocabulary[r]!);
  return [
    ...single,
    ...single.slice(0, 8).map((w) => `و${w}`),
    ...single.slice(4, 12).map((w) => `بال${w}`),
    ...ranks.slice(0, 6).map((r, i) => `${vocabulary[r]} ${vocabulary[ranks[i + 6]!]}`),
  ];
}

/**
 * Removes an indexer's previous output and lets the disk settle (deleting thousands of files
 * leaves work that would otherwise land on whichever run comes next).
 */
async function emptyOutput(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  execFileSync("sync");
}

/** Bytes and number of the files under a folder. */
async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

async function benchSize(articles: number): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `milaff-bench-${articles}-`));
  const content = path.join(dir, "content");
  const site = path.join(dir, "_site");
  console.error(`[${articles}] generating content from ${values.words} …`);
  const { vocabulary } = await generateContent(content, articles, values.words);

  console.error(`[${articles}] milaff build …`);
  const buildRun = await measureProcess(process.execPath, [path.join(ROOT, "scripts", "milaff.mjs"), "build", "--content", content, "--out", site]);
  const stepMs = (step: string) => Number(new RegExp(`✓ ${step}\\s.*?(\\d+) ms`).exec(buildRun.stdout)?.[1] ?? NaN);
  // Pagefind runs while Eleventy renders: what search adds to the build is the analysis, plus
  // whatever part of indexing outlasts rendering.
  const searchCost = stepMs("analyze") + Math.max(0, stepMs("index") - stepMs("render"));

  // Each indexer runs RUNS times, alternating, and its fastest run counts: run times on these
  // shared machines vary by more than 2× from one run to the next. Every run writes into an
  // empty folder, as a first build does: Pagefind skips writing (and compressing) any hashed
  // file already there, which would flatter whichever indexer found its previous output.
  const indexRuns: (Awaited<ReturnType<typeof measureProcess>> & { indexMs: number; analyzeMs: number })[] = [];
  const pagefindRuns: Awaited<ReturnType<typeof measureProcess>>[] = [];
  for (let run = 1; run <= RUNS; run++) {
    console.error(`[${articles}] milaff index step alone, run ${run} …`);
    await emptyOutput(path.join(dir, "index-only"));
    const r = await measureProcess(NODE_TSX[0]!, [...NODE_TSX.slice(1), path.join(import.meta.dirname, "index-only.ts"), content, path.join(dir, "index-only")]);
    indexRuns.push({ ...r, ...(JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { indexMs: number; analyzeMs: number }) });
    console.error(`[${articles}] pagefind --site on the same article pages, run ${run} …`);
    await emptyOutput(path.join(site, "pagefind-default"));
    pagefindRuns.push(await measureProcess(path.join(ROOT, "node_modules", ".bin", "pagefind"), ["--site", site, "--glob", ARTICLE_PAGES, "--output-subdir", "pagefind-default"]));
  }
  const indexRun = indexRuns.sort((a, b) => a.indexMs - b.indexMs)[0]!;
  const indexMs = indexRun.indexMs;
  const pagefindRun = pagefindRuns.sort((a, b) => a.ms - b.ms)[0]!;

  const milaffIndex = await folderSize(path.join(site, "pagefind"));
  const defaultIndex = await folderSize(path.join(site, "pagefind-default"));
  const searchTexts = await folderSize(path.join(site, "search-text"));

  console.error(`[${articles}] Chromium: first query and latency …`);
  await writeRunnerPages(site, { milaff: "/pagefind/pagefind.js", default: "/pagefind-default/pagefind.js" });
  const server = await serveStatic(site, "/");
  const browser = await launchChromium();
  const queries = queryList(vocabulary);

  // Bytes a first query fetches beyond the page itself: the files `isQueryFile` picks while `run` searches.
  const firstQuery = async (isQueryFile: (u: string) => boolean, run: (page: Page) => Promise<void>) => {
    const page = await browser.newPage();
    let raw = 0;
    let gzip = 0;
    page.on("response", async (r) => {
      if (!isQueryFile(r.url())) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      raw += body.length;
      gzip += /\.(js|json|css)$/.test(r.url()) ? gzipSync(body).length : body.length;
    });
    await run(page);
    await page.waitForLoadState("networkidle");
    await page.close();
    return { raw, gzip };
  };
  // milaff: the real search page.
  const milaffFirst = await firstQuery(
    (u) => u.includes("/pagefind/") || u.includes("/search-text/") || /\/assets\/search\./.test(u),
    async (p) => void (await p.goto(`${server.origin}/ar/search/?q=${encodeURIComponent(queries[5]!)}`, { waitUntil: "networkidle" })),
  );

  const page = await browser.newPage();
  await page.goto(`${server.origin}/runner-ar.html`);
  await page.waitForFunction(() => "milaffSearch" in window);
  const latencies = { milaff: [] as number[], default: [] as number[] };
  const firstMs: Record<string, number> = {};
  for (const engine of ["milaff", "default"] as const) {
    for (const [i, q] of [queries[5]!, ...queries].entries()) {
      const { ms } = await page.evaluate(
        ([e, query]) => (window as unknown as SearchFunctions)[e === "milaff" ? "milaffSearch" : "defaultSearch"](query!, 10),
        [engine, q] as const,
      );
      if (i === 0) firstMs[engine] = ms;
      else latencies[engine].push(ms);
    }
  }
  const defaultFirst = await firstQuery(
    (u) => u.includes("/pagefind-default/"),
    async (p) => {
      await p.goto(`${server.origin}/runner-ar.html`);
      await p.waitForFunction(() => "defaultSearch" in window);
      await p.evaluate((q) => (window as unknown as SearchFunctions).defaultSearch(q, 10), queries[5]!);
    },
  );
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });

  const m = { median: quantile(latencies.milaff, 0.5), p95: quantile(latencies.milaff, 0.95) };
  const d = { median: quantile(latencies.default, 0.5), p95: quantile(latencies.default, 0.95) };
  return [
    `### ${articles.toLocaleString("en")} articles`,
    "",
    "| measure | milaff | Pagefind default | ratio |",
    "|---|---:|---:|---:|",
    `| indexing: time it adds to a build (render and index run side by side) | ${sec(searchCost)} | ${sec(pagefindRun.ms)} | ${ratio(searchCost, pagefindRun.ms)} |`,
    `| indexing: index step alone, analysis + Pagefind (best of ${RUNS} runs each) | ${sec(indexMs)} | ${sec(pagefindRun.ms)} | ${ratio(indexMs, pagefindRun.ms)} |`,
    `| indexing: of which milaff's analysis | ${sec(indexRun.analyzeMs)} | — | — |`,
    `| indexing: of which Pagefind (milaff's records against the article pages) | ${sec(indexMs - indexRun.analyzeMs)} | ${sec(pagefindRun.ms)} | ${ratio(indexMs - indexRun.analyzeMs, pagefindRun.ms)} |`,
    `| indexing: whole process (incl. loading content) | ${sec(indexRun.ms)} | ${sec(pagefindRun.ms)} | ${ratio(indexRun.ms, pagefindRun.ms)} |`,
    `| indexing: peak memory (process tree) | ${mb(indexRun.peakBytes)} | ${mb(pagefindRun.peakBytes)} | ${ratio(indexRun.peakBytes, pagefindRun.peakBytes)} |`,
    `| index size on disk (files) | ${kb(milaffIndex.bytes)} (${milaffIndex.files}) | ${kb(defaultIndex.bytes)} (${defaultIndex.files}) | ${ratio(milaffIndex.bytes, defaultIndex.bytes)} |`,
    `| excerpt texts on disk (/search-text/) | ${kb(searchTexts.bytes)} | — | — |`,
    `| first query: bytes downloaded (gzip where a server would) | ${kb(milaffFirst.gzip)} | ${kb(defaultFirst.gzip)} | ${ratio(milaffFirst.gzip, defaultFirst.gzip)} |`,
    `| first query: bytes on disk | ${kb(milaffFirst.raw)} | ${kb(defaultFirst.raw)} | ${ratio(milaffFirst.raw, defaultFirst.raw)} |`,
    `| first query: time incl. loading | ${firstMs.milaff!.toFixed(0)} ms | ${firstMs.default!.toFixed(0)} ms | ${ratio(firstMs.milaff!, firstMs.default!)} |`,
    `| query latency, median (${latencies.milaff.length} queries, 10 results loaded) | ${m.median.toFixed(1)} ms | ${d.median.toFixed(1)} ms | ${ratio(m.median, d.median)} |`,
    `| query latency, 95th percentile | ${m.p95.toFixed(1)} ms | ${d.p95.toFixed(1)} ms | ${ratio(m.p95, d.p95)} |`,
    "",
    `Whole \`milaff build\`: ${sec(buildRun.ms)}, peak ${mb(buildRun.peakBytes)} (check ${stepMs("check")} ms, analyze ${stepMs("analyze")} ms, render ${stepMs("render")} ms and alongside it index ${stepMs("index")} ms, verify ${stepMs("verify")} ms). \`pagefind --site\` is timed on the article pages of that build (\`--glob ${ARTICLE_PAGES}\`).`,
    "",
  ];
}

const lines = [`# Search benchmark (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} CPUs, Node ${process.version})`, ""];
for (const size of values.sizes.split(",").map(Number)) lines.push(...(await benchSize(size)));
console.log(lines.join("\n"));
