import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Model } from "../model/build-model.ts";
import { fileExists } from "../content/file-exists.ts";
import { syncWriter } from "../content/sync-writer.ts";
import { escapeHtml } from "../text/escape-html.ts";
import { removeDeadProcessFolders } from "../content/process-alive.ts";
import { keepOnly, takeKeptIndex } from "./kept-index.ts";
import { filesNamedAlike, searchIndexFiles } from "./pagefind-files.ts";
import { indexThroughService, orderPages, type OrderedPages } from "./pagefind-page-order.ts";
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

const SCRATCH = "milaff-index-";

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
async function preparePagefindIndex<R extends PagefindRecord>(records: Iterable<R>, dir: string, cacheDir: string | undefined, onRecord?: (record: R) => void): Promise<PreparedIndex> {
  const root = await scratchRoot();
  // In memory, what a killed build left would stay until the machine restarts.
  await removeDeadProcessFolders(root, SCRATCH);
  const scratch = await mkdtemp(path.join(root, `${SCRATCH}${process.pid}-`));
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
    return { records: files.length, build: () => runPagefind(scratch, files, dir, cacheDir).finally(discard) };
  } catch (error) {
    await discard();
    throw error;
  }
}

/** Runs Pagefind over the pages into `into`. */
async function pagefind(pages: OrderedPages, into: string): Promise<void> {
  if (pages.walkInOrder) {
    // The npm package's runner finds the binary for this platform.
    const bin = path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner", "bin.cjs");
    // Run where no pagefind.yml/json/toml is, without PAGEFIND_* settings: milaff's options only.
    // Paths made absolute first: `into` may be relative to milaff's folder (.milaff-cache/…).
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PAGEFIND_")));
    const args = ["--site", path.resolve(pages.site), "--output-path", path.resolve(into), "--force-language", INDEX_LANGUAGE, "--quiet"];
    await promisify(execFile)(process.execPath, [bin, ...args], {
      cwd: path.dirname(pages.site),
      env,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: Error & { stderr?: string }) => {
      throw new Error(`Pagefind could not build the index: ${error.stderr || error.message}`);
    });
  } else await indexThroughService(pages, into, INDEX_LANGUAGE);
}

/**
 * Indexes into `dir`, through the index kept in `cacheDir` when there is one (kept-index.ts).
 * Only the files milaff's search page uses are published: not Pagefind's ready-made interfaces.
 */
async function runPagefind(scratch: string, files: string[], dir: string, cacheDir: string | undefined): Promise<void> {
  // Pages in one order whatever the file system, so that the same content gives the same index files.
  const pages = orderPages(scratch, "pages", files);
  const kept = cacheDir ? await takeKeptIndex(cacheDir) : null;
  if (!kept) {
    await pagefind(pages, dir);
    return keepOnly(dir, searchIndexFiles(dir));
  }
  try {
    await pagefind(pages, kept.folder);
    const wrong = filesNamedAlike(kept.folder, kept.found, pages.files.map((f) => `/${f.replace(/index\.html$/, "")}`));
    if (wrong.length) {
      // Written again, now that nothing of that name is in the way.
      await Promise.all(wrong.map((f) => rm(path.join(kept.folder, f))));
      await pagefind(pages, kept.folder);
    }
    await kept.putBack(dir, searchIndexFiles(kept.folder));
  } catch (error) {
    await kept.discard();
    throw error;
  }
}

/** Prepares and builds in one go; `cacheDir`: milaff's cache folder, where the index is kept for the next time. */
export async function writePagefindIndex(records: Iterable<PagefindRecord>, dir: string, cacheDir?: string): Promise<IndexReport> {
  const prepared = await preparePagefindIndex(records, dir, cacheDir);
  await prepared.build();
  return { records: prepared.records };
}

/**
 * Step 5 of the pipeline: one Pagefind index for both languages under /pagefind/, built from
 * milaff's analysis of each article, and the original text of each article under
 * /search-text/, for excerpts; result addresses carry the site's base path. Returns once Pagefind's input and the texts are written;
 * `build()` runs Pagefind, keeping its index in `cacheDir` (milaff's cache folder) for the next build.
 */
export async function prepareSearchIndex(model: Model, outDir: string, base = "/", cacheDir?: string, onRecord?: (record: SearchRecord) => void): Promise<PreparedIndex> {
  const write = syncWriter();
  return preparePagefindIndex(searchRecords(model, base), path.join(outDir, "pagefind"), cacheDir, (record) => {
    for (const { url, text } of record.texts) write(path.join(outDir, searchTextUrl(url)), text);
    onRecord?.(record);
  });
}
