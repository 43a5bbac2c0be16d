import { parentPort, workerData } from "node:worker_threads";
import { countNoun } from "../content/count-noun.ts";
import { loadValidContent } from "../content/validate-content.ts";
import { buildModel } from "../model/build-model.ts";
import { cacheFolder } from "../site/open-cache.ts";
import { typographicContent } from "../text/markdown/typographic-text.ts";
import type { SearchRecord } from "../search/search-records.ts";
import { prepareSearchIndex } from "../search/write-search-index.ts";

/*
 * The search index of a build, on the second core: this thread loads the content itself (while
 * the main thread checks the same files), analyzes every article and hands the records to
 * Pagefind's process, while the main thread renders. Content errors are the main thread's to
 * report; this thread only stops.
 */

export interface SearchJob {
  contentDir: string;
  outDir: string;
  base: string;
  /** Send the records back (for `milaff serve`, which updates them after each edit). */
  keepRecords: boolean;
}

export type SearchMessage = { step: string; detail: string; ms: number } | { done: true; records: SearchRecord[] | number } | { failed: string };

const { contentDir, outDir, base, keepRecords } = workerData as SearchJob;
const send = (message: SearchMessage) => parentPort!.postMessage(message);
try {
  const model = buildModel(typographicContent(await loadValidContent(contentDir)));
  let start = performance.now();
  const records: SearchRecord[] = [];
  const prepared = await prepareSearchIndex(model, outDir, base, cacheFolder(contentDir), keepRecords ? (r) => records.push(r) : undefined);
  send({ step: "analyze", detail: `${countNoun(prepared.records, "article")} for search (alongside render)`, ms: performance.now() - start });
  start = performance.now();
  await prepared.build();
  send({ step: "index", detail: "one index, both languages (alongside render)", ms: performance.now() - start });
  send({ done: true, records: keepRecords ? records : prepared.records });
} catch (error) {
  send({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
