import type { OfflineFile, OfflineList, SavedDossier, SavedRegistry } from "./offline-list.ts";
import { registryUrl } from "./offline-list.ts";

/*
 * The saved cache of one version of the site: every file of every saved dossier, each list
 * saved with them, and the registry of what is saved. Used by the pages (save, remove) and by
 * the service worker (carrying saved dossiers over to a new version).
 */

export interface StoreProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

/** Files fetched at once: enough to fill a phone's connection, few enough not to starve the page. */
const PARALLEL = 6;

/** Fetches a file for storing: past the browser's HTTP cache and the service worker's caches (see service-worker.ts). */
async function fetchForStore(url: string): Promise<Response> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

export async function readRegistry(cache: Cache, base: string): Promise<SavedRegistry> {
  const response = await cache.match(registryUrl(base));
  return response ? ((await response.json()) as SavedRegistry) : { dossiers: [] };
}

async function writeRegistry(cache: Cache, base: string, registry: SavedRegistry): Promise<void> {
  await cache.put(registryUrl(base), new Response(JSON.stringify(registry), { headers: { "content-type": "application/json" } }));
}

/** The list a saved dossier was saved with, kept beside its files. */
export async function savedList(cache: Cache, listUrl: string): Promise<OfflineList | undefined> {
  const response = await cache.match(listUrl);
  return response ? ((await response.json()) as OfflineList) : undefined;
}

/**
 * Stores every file of `list` in `cache`, PARALLEL at a time, reporting progress; files the
 * cache already holds (shared with a dossier saved before) count as done. `reuse` may offer a
 * copy already on the device instead of the network's. Every address it adds goes into `added`
 * as it is stored, so that a failed save can take them back.
 */
export async function storeFiles(
  cache: Cache,
  list: OfflineList,
  added: string[],
  options: { reuse?: (file: OfflineFile) => Promise<Response | undefined>; onProgress?: (progress: StoreProgress) => void } = {},
): Promise<void> {
  const progress: StoreProgress = { files: 0, totalFiles: list.files.length, bytes: 0, totalBytes: list.bytes };
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < list.files.length) {
      const file = list.files[next++]!;
      const [url, bytes] = file;
      try {
        if (!(await cache.match(url))) {
          const response = (await options.reuse?.(file)) ?? (await fetchForStore(url));
          await cache.put(url, response);
          added.push(url);
        }
      } catch (error) {
        failure ??= { error };
        return;
      }
      progress.files++;
      progress.bytes += bytes;
      options.onProgress?.({ ...progress });
    }
  };
  // Every worker stops before the failure is reported: nothing is stored after the caller cleans up.
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  if (failure) throw failure.error;
}

/** Records a dossier as saved: the last step, so that a dossier is never listed before all its files are in. */
export async function recordSaved(cache: Cache, base: string, listUrl: string, list: OfflineList, savedAt: string): Promise<SavedDossier> {
  await cache.put(listUrl, new Response(JSON.stringify(list), { headers: { "content-type": "application/json" } }));
  const registry = await readRegistry(cache, base);
  const entry: SavedDossier = { dossier: list.dossier, savedAt, bytes: list.bytes, titles: list.titles, urls: list.urls };
  registry.dossiers = [...registry.dossiers.filter((d) => d.dossier !== list.dossier), entry];
  await writeRegistry(cache, base, registry);
  return entry;
}

/** Deletes what only `urls` needed: files that another saved dossier also stores stay. */
export async function deleteUnshared(cache: Cache, base: string, urls: string[], listUrlOf: (dossier: string) => string): Promise<void> {
  const keep = new Set<string>();
  for (const other of (await readRegistry(cache, base)).dossiers) {
    for (const [url] of (await savedList(cache, listUrlOf(other.dossier)))?.files ?? []) keep.add(url);
  }
  await Promise.all(urls.filter((url) => !keep.has(url)).map((url) => cache.delete(url)));
}

/** Removes a saved dossier: first from the registry (it stops being listed), then its files. */
export async function removeSaved(cache: Cache, base: string, dossier: string, listUrlOf: (dossier: string) => string): Promise<void> {
  const registry = await readRegistry(cache, base);
  registry.dossiers = registry.dossiers.filter((d) => d.dossier !== dossier);
  await writeRegistry(cache, base, registry);
  const list = await savedList(cache, listUrlOf(dossier));
  await deleteUnshared(cache, base, (list?.files ?? []).map(([url]) => url), listUrlOf);
  await cache.delete(listUrlOf(dossier));
}
