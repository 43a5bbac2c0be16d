import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Model } from "../model/build-model.ts";
import { INDEX_LANGUAGE, searchRecords, searchTextUrl } from "./search-records.ts";

export interface IndexReport {
  records: number;
}

/** A record whose content is already analyzed (see analyze.ts indexKeys). */
export interface PagefindRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Records sent to Pagefind before waiting for answers; its service indexes them while we analyze the next. */
const IN_FLIGHT = 256;

/**
 * Step 5 of the pipeline: one Pagefind index for both languages under /pagefind/, built
 * from milaff's analysis of each article through Pagefind's Node API, and the original text
 * of each article under /search-text/ for excerpts.
 */
export async function writeSearchIndex(model: Model, outDir: string, onProgress?: (done: number) => void): Promise<IndexReport> {
  const texts: Promise<void>[] = [];
  const writeText = async (url: string, text: string) => {
    const file = path.join(outDir, searchTextUrl(url));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  };
  function* withTexts() {
    for (const record of searchRecords(model)) {
      texts.push(writeText(record.url, record.text));
      yield record;
    }
  }
  const report = await writePagefindIndex(withTexts(), path.join(outDir, "pagefind"), async (done) => {
    await Promise.all(texts.splice(0));
    onProgress?.(done);
  });
  await Promise.all(texts);
  return report;
}

/**
 * Writes records (content already analyzed) as one Pagefind index into `dir`. Records are
 * produced lazily, so analysis in Node overlaps with indexing in Pagefind's own process.
 */
export async function writePagefindIndex(records: Iterable<PagefindRecord>, dir: string, onBatch?: (done: number) => Promise<void>): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, writePlayground: false });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const inFlight = new Set<Promise<void>>();
    const refused: string[] = [];
    let count = 0;
    for (const { url, content, meta, filters } of records) {
      const sent: Promise<void> = index.addCustomRecord({ url, content, meta, filters, language: INDEX_LANGUAGE }).then((response) => {
        refused.push(...response.errors);
        inFlight.delete(sent);
      });
      inFlight.add(sent);
      if (++count % IN_FLIGHT === 0) {
        await Promise.race(inFlight);
        await onBatch?.(count);
      }
    }
    await Promise.all(inFlight);
    if (refused.length) throw new Error(`Pagefind refused a record: ${refused.join("; ")}`);
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    // milaff has its own search page; Pagefind's ready-made interfaces would only weigh on offline copies.
    const unused = (await readdir(dir)).filter((f) => /^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f));
    await Promise.all(unused.map((f) => rm(path.join(dir, f))));
    return { records: count };
  } finally {
    await pagefind.close();
  }
}
