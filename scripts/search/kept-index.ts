import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { removeDeadProcessFolders } from "../content/process-alive.ts";
import { openCache } from "../site/open-cache.ts";

/*
 * The search index of the last build, kept in milaff's cache folder for the next one to write
 * into: Pagefind neither compresses again nor writes a file whose name (a hash of its bytes) is
 * already there. Measured at 10,000 articles: 122.5 s into an empty folder, 68.2 s into the
 * previous build's. A build takes the kept index for itself by renaming it, so that two at once
 * (milaff serve's search update beside a whole build, two terminals) never write into one
 * folder: the second finds none and starts empty. It is put back only once its index is whole;
 * a build cut short leaves it under its process id, and the next build removes it.
 */

const KEPT = "kept";
const IN_USE = "in-use-";
/** Folders Pagefind writes into. */
const FOLDERS = ["", "index", "fragment", "filter"];
/** Files copied at once, on libuv's thread pool. */
const PARALLEL_COPIES = 32;

export interface KeptIndex {
  /** The folder for Pagefind to write into. */
  folder: string;
  /** The files in it before Pagefind wrote (paths inside it). */
  found: Set<string>;
  /** Copies `files` into `dir`, removes every other file, and keeps the folder for the next build. */
  putBack(dir: string, files: string[]): Promise<void>;
  discard(): Promise<void>;
}

async function filesIn(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const sub of FOLDERS) {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true }).catch(() => [])) if (entry.isFile()) files.push(path.posix.join(sub, entry.name));
  }
  return files;
}

/** Removes from `dir` every file Pagefind may have written there that `needed` does not name. */
export async function keepOnly(dir: string, needed: string[]): Promise<void> {
  const keep = new Set(needed);
  for (const file of await filesIn(dir)) if (!keep.has(file)) await rm(path.join(dir, file));
}

async function copyInto(from: string, to: string, files: string[]): Promise<void> {
  for (const sub of new Set(files.map((f) => path.dirname(f)))) await mkdir(path.join(to, sub), { recursive: true });
  for (let i = 0; i < files.length; i += PARALLEL_COPIES) {
    await Promise.all(files.slice(i, i + PARALLEL_COPIES).map((f) => copyFile(path.join(from, f), path.join(to, f), constants.COPYFILE_FICLONE)));
  }
}

/** The kept index, taken for this build; null when `cacheDir` holds files that are not milaff's. */
export async function takeKeptIndex(cacheDir: string): Promise<KeptIndex | null> {
  const root = await openCache(cacheDir, "search-index");
  if (!root) return null;
  await removeDeadProcessFolders(root, IN_USE);
  // The process id first, for a leftover to be known as one; the thread's and a random part, for
  // milaff serve's search update and a whole build's worker, taking one in the same millisecond.
  const folder = path.join(root, `${IN_USE}${process.pid}-${threadId}-${randomUUID()}`);
  // None kept, or one that cannot be taken (a file in it held open, on Windows): start empty.
  await rename(path.join(root, KEPT), folder).catch(() => mkdir(folder));
  return {
    folder,
    found: new Set(await filesIn(folder)),
    async putBack(dir, files) {
      await copyInto(folder, dir, files);
      // The site has its index: keeping it for the next build is worth trying, not failing for.
      try {
        await keepOnly(folder, files);
        // Another build may have put its index back meanwhile: this one is the newer.
        await rm(path.join(root, KEPT), { recursive: true, force: true });
        await rename(folder, path.join(root, KEPT));
      } catch {
        await rm(folder, { recursive: true, force: true }).catch(() => {});
      }
    },
    discard: () => rm(folder, { recursive: true, force: true }),
  };
}
