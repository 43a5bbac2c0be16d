import { loadPagefind, type Pagefind } from "../../browser/search/pagefind-api.ts";
import { runQuery } from "../../browser/search/run-query.ts";
import { queryTerms } from "../../search/analyzer/analyze.ts";

/*
 * Page script for eval:search and bench: milaff's query path (runQuery, as on the
 * search page) and Pagefind's own search, side by side. The page's <script> tag names the
 * two index folders. Each call returns result URLs (the first `limit` loaded) and its time.
 */

const script = document.querySelector<HTMLScriptElement>("script[data-milaff]")!;
let milaff: Promise<Pagefind> | undefined;
let plain: Promise<Pagefind> | undefined;

async function timed(run: () => Promise<{ data(): Promise<{ url: string }> }[]>, limit: number) {
  const start = performance.now();
  const results = await run();
  const urls = await Promise.all(results.slice(0, limit).map(async (r) => (await r.data()).url));
  return { urls, total: results.length, ms: performance.now() - start };
}

/** Pagefind as a site that adds it gets it: its search in its web worker, as Pagefind 1.6 sets up by default. */
async function pagefindAsShipped(url: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.init();
  return pagefind;
}

Object.assign(window, {
  milaffSearch(query: string, limit = Infinity) {
    return timed(async () => (await runQuery(await (milaff ??= loadPagefind(script.dataset.milaff!)), queryTerms(query), {})).map((hit) => hit.result), limit);
  },
  defaultSearch(query: string, limit = Infinity) {
    return timed(async () => (await (await (plain ??= pagefindAsShipped(script.dataset.default!))).search(query)).results, limit);
  },
});
