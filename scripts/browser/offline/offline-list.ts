/*
 * What the build writes for offline reading and what the browser keeps, shared by the
 * pages, the service worker and the build (scripts/offline/).
 */

/**
 * One file a saved dossier stores: its address (base path included), its size in bytes, and
 * how a new version of the site treats it — `i` immutable (named by its content hash: kept),
 * `d` the dossier's own (kept while the dossier's revision is unchanged), `s` shared with other
 * dossiers (fetched again).
 */
export type OfflineFile = [url: string, bytes: number, kind: "i" | "d" | "s"];

/** `/offline/<dossier>.json`: everything saving a dossier stores, from the files written. */
export interface OfflineList {
  /** The build the list belongs to; the service worker carries the same version. */
  version: string;
  dossier: string;
  /** Changes whenever a page of the dossier may have changed. */
  revision: string;
  titles: Record<string, string>;
  /** The dossier page in each of its languages. */
  urls: Record<string, string>;
  bytes: number;
  /** Pagefind's ids of the dossier's pages (`result.id`), to keep offline search to what is saved. */
  pages: string[];
  files: OfflineFile[];
}

/** `/offline/index.json`, precached: the build's version and each dossier's size before saving it. */
export interface OfflineIndex {
  version: string;
  dossiers: Record<string, { bytes: number; files: number }>;
}

/** A dossier saved on this device, as the home page lists it: from its list, and when it was saved. */
export type SavedDossier = Pick<OfflineList, "dossier" | "bytes" | "titles" | "urls"> & {
  /** ISO date and time it was saved. */
  savedAt: string;
};

/** Kept inside the saved cache itself, so that it is replaced with it: never a list that disagrees with the files. */
export interface SavedRegistry {
  dossiers: SavedDossier[];
}

/** Cache Storage names: the build's version is part of them, so that a new version never mixes with an old one. */
export const SAVED_CACHE_PREFIX = "milaff-saved-";
export const READ_CACHE_PREFIX = "milaff-read-";
export const savedCacheName = (version: string): string => SAVED_CACHE_PREFIX + version;
export const readCacheName = (version: string): string => READ_CACHE_PREFIX + version;

/** The registry's key in the saved cache: an address the site never serves. */
export const registryUrl = (base: string): string => `${base}offline/saved-on-this-device.json`;
/** What saving a dossier stores (its files and their sizes, written at build time from the output), under the base path. */
export const offlineListUrl = (base: string, dossier: string): string => `${base}offline/${dossier}.json`;
/** The build's version and every dossier's size, for the save buttons, under the base path. */
export const offlineIndexUrl = (base: string): string => `${base}offline/index.json`;
