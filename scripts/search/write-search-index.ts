import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Model } from "../model/build-model.ts";
import { fileExists } from "../content/file-exists.ts";
import { syncWriter } from "../content/sync-writer.ts";
import { escapeHtml } from "../text/escape-html.ts";
import { indexThroughService, orderPages } from "./pagefind-page-order.ts";
import { INDEX_LANGUAGE, searchRecords, searchTextUrl, type SearchRecord } from "./search-records.ts";

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

/**
 * Pagefind's input is read once and thrown away: in memory (/dev/shm) where the system offers it,
 * else where MILAFF_TMPDIR says (e.g. a container whose /dev/shm is small).
 */
async function scratchRoot(): Promise<string> {
  if (process.env.MILAFF_TMPDIR) return process.env.MILAFF_TMPDIR;
  const shm = "/dev/shm";
  return (await fileExists(shm)) ? shm : os.tmpdir();
}

/** The page Pagefind reads for one record: its keys as the body; filters and meta beside it. */
function recordPage({ content, meta, filters }: PagefindRecord): string {
  const tags = [
    ...Object.entries(filters).flatMap(([name, values]) => values.map((v) => `<span data-pagefind-filter="${name}">${escapeHtml(v)}</span>`)),
    ...Object.entries(meta).map(([name, value]) => `<span data-pagefind-meta="${name}">${escapeHtml(value)}</span>`),
  ];
  return `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><meta charset="utf-8"></head><body><main data-pagefind-body>${content}</main><div data-pagefind-ignore>${tags.join("")}</div></body></html>`;
}

/** Records written out for Pagefind, waiting for its binary to index them. */
export interface PreparedIndex {
  records: number;
  /** Runs Pagefind (a separate process, so the build can render meanwhile) and cleans up. */
  build(): Promise<void>;
}

/**
 * Writes records (content already analyzed) as small pages in a scratch folder, for
 * Pagefind's own binary to index into `dir`: measured at 10,000 articles, faster than
 * sending the same records through Pagefind's Node API, whose service spends about as long
 * again receiving them.
 */
async function preparePagefindIndex<R extends PagefindRecord>(records: Iterable<R>, dir: string, onRecord?: (record: R) => void): Promise<PreparedIndex> {
  const scratch = await mkdtemp(path.join(await scratchRoot(), "milaff-index-"));
  const discard = () => rm(scratch, { recursive: true, force: true });
  try {
    const write = syncWriter();
    const files: string[] = [];
    for (const record of records) {
      const file = path.posix.join(record.url.slice(1), "index.html");
      write(path.join(scratch, "pages", file), recordPage(record));
      files.push(file);
      onRecord?.(record);
    }
    return { records: files.length, build: () => runPagefind(scratch, files, dir).finally(discard) };
  } catch (error) {
    await discard();
    throw error;
  }
}

async function runPagefind(scratch: string, files: string[], dir: string): Promise<void> {
  // Pages in one order whatever the file system, so that the same content gives the same index files.
  const pages = orderPages(scratch, "pages", files);
  if (pages.walkInOrder) {
    // The npm package's runner finds the binary for this platform.
    const bin = path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner", "bin.cjs");
    await promisify(execFile)(process.execPath, [bin, "--site", pages.site, "--output-path", dir, "--force-language", INDEX_LANGUAGE, "--quiet"], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`Pagefind could not build the index: ${error.stderr || error.message}`);
    });
  } else await indexThroughService(pages, dir, INDEX_LANGUAGE);
  // milaff has its own search page; Pagefind's ready-made interfaces would only weigh on offline copies.
  const unused = (await readdir(dir)).filter((f) => /^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f));
  await Promise.all(unused.map((f) => rm(path.join(dir, f))));
}

/** Prepares and builds in one go. */
export async function writePagefindIndex(records: Iterable<PagefindRecord>, dir: string): Promise<IndexReport> {
  const prepared = await preparePagefindIndex(records, dir);
  await prepared.build();
  return { records: prepared.records };
}

/**
 * Step 5 of the pipeline: one Pagefind index for both languages under /pagefind/, built from
 * milaff's analysis of each article, and the original text of each article under
 * /search-text/, for excerpts; result addresses carry the site's base path. Returns once Pagefind's input and the texts are written;
 * `build()` runs Pagefind.
 */
export async function prepareSearchIndex(model: Model, outDir: string, base = "/", onRecord?: (record: SearchRecord) => void): Promise<PreparedIndex> {
  const write = syncWriter();
  return preparePagefindIndex(searchRecords(model, base), path.join(outDir, "pagefind"), (record) => {
    for (const { url, text } of record.texts) write(path.join(outDir, searchTextUrl(url)), text);
    onRecord?.(record);
  });
}
