import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Model } from "../model/build-model.ts";
import { INDEX_LANGUAGE, searchRecords } from "./search-records.ts";

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

/** Records sent to Pagefind at once; its service answers them in parallel. */
const IN_FLIGHT = 64;

/**
 * Step 5 of the pipeline: one Pagefind index for both languages under /pagefind/, built
 * from milaff's analysis of each article through Pagefind's Node API.
 */
export async function writeSearchIndex(model: Model, outDir: string, onProgress?: (done: number, total: number) => void): Promise<IndexReport> {
  return writePagefindIndex(searchRecords(model), path.join(outDir, "pagefind"), onProgress);
}

/** Writes records (content already analyzed) as one Pagefind index into `dir`. */
export async function writePagefindIndex(records: PagefindRecord[], dir: string, onProgress?: (done: number, total: number) => void): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE, writePlayground: false });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (let i = 0; i < records.length; i += IN_FLIGHT) {
      const batch = records.slice(i, i + IN_FLIGHT);
      const responses = await Promise.all(batch.map((r) => index.addCustomRecord({ ...r, language: INDEX_LANGUAGE })));
      const failed = responses.flatMap((r) => r.errors);
      if (failed.length) throw new Error(`Pagefind refused a record: ${failed.join("; ")}`);
      onProgress?.(Math.min(i + IN_FLIGHT, records.length), records.length);
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    // milaff has its own search page; Pagefind's ready-made interfaces would only weigh on offline copies.
    const unused = (await readdir(dir)).filter((f) => /^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f));
    await Promise.all(unused.map((f) => rm(path.join(dir, f))));
  } finally {
    await pagefind.close();
  }
  return { records: records.length };
}
