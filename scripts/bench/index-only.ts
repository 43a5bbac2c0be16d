import { loadValidContent } from "../content/validate-content.ts";
import { buildModel } from "../model/build-model.ts";
import { prepareSearchIndex } from "../search/write-search-index.ts";

/** bench:search's indexing run: load and model untimed, then the index step alone, timed. */
const [contentDir, outDir] = process.argv.slice(2) as [string, string];
const model = buildModel(await loadValidContent(contentDir));
const start = performance.now();
const prepared = await prepareSearchIndex(model, outDir);
const analyzeMs = performance.now() - start;
await prepared.build();
console.log(JSON.stringify({ indexMs: performance.now() - start, analyzeMs, records: prepared.records }));
