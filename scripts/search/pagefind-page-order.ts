import { mkdirSync, opendirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/*
 * Pagefind numbers pages in the order its directory walk meets them (wax/walkdir: depth
 * first, each folder as the operating system lists it, unsorted), and those numbers are
 * written into every index chunk and filter file, whose names are hashes of their bytes.
 * The listing order belongs to the file system: tmpfs lists newest first, ext4 and APFS
 * by a hash of the name (ext4's seeded per file system), others as created. So the same
 * pages indexed on /dev/shm or on disk, on a laptop or on CI, gave differently named chunks.
 *
 * milaff fixes one order, pages by path, and makes Pagefind meet them in it: the pages are
 * moved into the folder Pagefind reads in the order that this file system lists as path
 * order, when it lists by creation (either way round); the walk is then read back, as
 * Pagefind will read it. Where the listing follows no creation order, the pages go through
 * Pagefind's own service instead, one by one in path order: the same bytes, only slower.
 */

/** Path order, folder by folder, as a depth-first walk of a sorted tree meets files. */
function byPath(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

/** A folder's entries as the operating system lists them (fs.readdir sorts them; opendir does not). */
function listing(dir: string): { name: string; isDir: boolean }[] {
  const handle = opendirSync(dir);
  const entries: { name: string; isDir: boolean }[] = [];
  try {
    for (let entry = handle.readSync(); entry; entry = handle.readSync()) entries.push({ name: entry.name, isDir: entry.isDirectory() });
  } finally {
    handle.closeSync();
  }
  return entries;
}

/** Files under `dir`, in the order a depth-first walk in listing order (Pagefind's) meets them. */
function walk(dir: string, prefix = ""): string[] {
  return listing(dir).flatMap((e) => (e.isDir ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/** Whether this file system lists a folder's entries in the order they were created, or newest first. */
function creationOrder(scratch: string): "oldest-first" | "newest-first" | null {
  const probe = path.join(scratch, "probe");
  const names = ["b", "c", "a", "e", "d"];
  mkdirSync(probe);
  for (const name of names) writeFileSync(path.join(probe, name), "");
  const listed = listing(probe).map((e) => e.name).join("");
  rmSync(probe, { recursive: true });
  if (listed === names.join("")) return "oldest-first";
  if (listed === [...names].reverse().join("")) return "newest-first";
  return null;
}

export interface OrderedPages {
  /** The folder to index. */
  site: string;
  /** Its files, in path order. */
  files: string[];
  /** Whether Pagefind's walk of `site` meets them in that order. */
  walkInOrder: boolean;
}

/**
 * Moves the pages written under `scratch/<input>` into `scratch/site` so that Pagefind's walk
 * meets them in path order where this file system allows it, and says whether it does.
 */
export function orderPages(scratch: string, input: string, written: string[]): OrderedPages {
  const site = path.join(scratch, "site");
  const files = [...written].sort(byPath);
  const order = creationOrder(scratch);
  const moves = order === "newest-first" ? [...files].reverse() : files;
  for (const file of moves) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    renameSync(path.join(scratch, input, file), path.join(site, file));
  }
  const walked = order ? walk(site) : [];
  return { site, files, walkInOrder: walked.length === files.length && walked.every((f, i) => f === files[i]) };
}

/** Indexes the pages through Pagefind's service, one by one in path order: what the binary writes for that walk. */
export async function indexThroughService(pages: OrderedPages, outDir: string, language: string): Promise<void> {
  const pagefind = await import("pagefind");
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(errors.join("; "));
    // The service handles requests one at a time, as they arrive: sent in order, numbered in order.
    const added = await Promise.all(pages.files.map((file) => index.addHTMLFile({ sourcePath: file, content: readFileSync(path.join(pages.site, file), "utf8") })));
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(failed.join("; "));
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length) throw new Error(written.errors.join("; "));
  } finally {
    await pagefind.close();
  }
}
