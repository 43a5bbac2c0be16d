import { clientsClaim, setCacheNameDetails } from "workbox-core";
import { ExpirationPlugin } from "workbox-expiration";
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { offlineListUrl, readCacheName, READ_CACHE_PREFIX, SAVED_CACHE_PREFIX, savedCacheName, type OfflineFile, type OfflineList } from "./offline-list.ts";
import { readRegistry, recordSaved, savedList, storeFiles } from "./saved-store.ts";

/*
 * The service worker, written by `milaff build` (scripts/offline/write-service-worker.ts) with
 * the build's version and precache list. One version of the site lives in one set of caches:
 * the app shell (Workbox's precache, by revision), the dossiers saved on this device
 * (milaff-saved-<version>) and pages read (milaff-read-<version>). A new version fills its own
 * caches while installing and deletes the old ones when it takes over, so that pages and
 * search index always come from the same build.
 */

interface OfflineConfig {
  version: string;
  base: string;
  languages: string[];
  precache: PrecacheEntry[];
}

declare const __MILAFF_OFFLINE__: OfflineConfig;
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableEvent & MessageEvent) => void): void;
}
const worker = self as unknown as ServiceWorkerScope;

const { version, base, languages } = __MILAFF_OFFLINE__;
const SAVED = savedCacheName(version);
const READ = readCacheName(version);
const listUrl = (dossier: string) => offlineListUrl(base, dossier);
/** Files named by their content hash (stylesheets, scripts, Pagefind's chunks): never changed under the same name. */
const IMMUTABLE = /\/assets\/[^/]+\.[0-9a-f]{10}\.[a-z0-9]+$|\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/;
/** How long a page may take before the copy on the device is shown instead. */
const NETWORK_TIMEOUT_SECONDS = 3;

setCacheNameDetails({ prefix: "milaff", suffix: "", precache: "shell", runtime: "runtime" });
precache(__MILAFF_OFFLINE__.precache);
// Pagefind asks for its entry file with a cache-busting ?ts=; the search page carries the query: the shell is matched without them.
addRoute({ ignoreURLParametersMatching: [/.*/], directoryIndex: "index.html", cleanURLs: false });
cleanupOutdatedCaches();
clientsClaim();

/** The saved copy of an address: pages without their query, folders with their final slash. */
async function savedCopy(url: URL): Promise<Response | undefined> {
  const cache = await caches.open(SAVED);
  const path = url.pathname;
  return (await cache.match(url.origin + path)) ?? (!path.endsWith("/") && !/\.[a-z0-9]+$/i.test(path) ? cache.match(`${url.origin}${path}/`) : undefined);
}

/** The offline page in the language of the address asked for (its first path segment), else the site's first language. */
function offlinePage(url: URL): Promise<Response | undefined> {
  const segment = url.pathname.slice(base.length).split("/")[0]!;
  const lang = languages.includes(segment) ? segment : languages[0]!;
  return matchPrecache(`${base}${lang}/offline/index.html`);
}

const readPages = new NetworkFirst({ cacheName: READ, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [new ExpirationPlugin({ maxEntries: 300 })] });
const readFiles = new NetworkFirst({ cacheName: READ, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [new ExpirationPlugin({ maxEntries: 600 })] });
const hashedFiles = new CacheFirst({ cacheName: READ, plugins: [new ExpirationPlugin({ maxEntries: 1000 })] });

const ours = (url: URL) => url.origin === location.origin && url.pathname.startsWith(base);

// Pages: a saved dossier's from the device (the same build as its index, and instant on a slow network);
// others from the network, then the copy kept when read, then the offline page.
registerRoute(
  ({ request, url }) => request.mode === "navigate" && ours(url),
  async (options) => {
    const url = options.url;
    const saved = await savedCopy(url);
    if (saved) return saved;
    try {
      return await readPages.handle(options);
    } catch {
      return (await offlinePage(url)) ?? Response.error();
    }
  },
);

// Everything else of the site. Saving asks with cache: "no-store" and goes straight to the network.
registerRoute(
  ({ request, url }) => request.cache !== "no-store" && ours(url),
  async (options) => (await savedCopy(options.url)) ?? (IMMUTABLE.test(options.url.pathname) ? hashedFiles : readFiles).handle(options),
);

/**
 * Saved dossiers move to this version before it takes over: each one's new list, its files
 * taken from the old version's cache when they cannot have changed (hashed names, or the
 * dossier's own files while its revision is the same), the rest from the network. Any failure
 * fails the install: the old version stays, whole, and the browser tries again later.
 */
async function carryOverSaved(): Promise<void> {
  const oldNames = (await caches.keys()).filter((name) => name.startsWith(SAVED_CACHE_PREFIX) && name !== SAVED);
  const target = await caches.open(SAVED);
  const done = new Set((await readRegistry(target, base)).dossiers.map((d) => d.dossier));
  for (const name of oldNames) {
    const old = await caches.open(name);
    for (const entry of (await readRegistry(old, base)).dossiers) {
      if (done.has(entry.dossier)) continue;
      const response = await fetch(listUrl(entry.dossier), { cache: "no-store" });
      if (response.status === 404) continue; // no longer published: nothing to carry over
      if (!response.ok) throw new Error(`${listUrl(entry.dossier)} answered ${response.status}`);
      const list = (await response.json()) as OfflineList;
      if (list.version !== version) throw new Error(`the site changed again while updating (${list.version}, expected ${version})`);
      const before = await savedList(old, listUrl(entry.dossier));
      const sameRevision = before?.revision === list.revision;
      const reuse = async ([url, , kind]: OfflineFile) => (kind === "i" || (kind === "d" && sameRevision) ? old.match(url) : undefined);
      await storeFiles(target, list, [], { reuse });
      await recordSaved(target, base, listUrl(entry.dossier), list, entry.savedAt);
      done.add(entry.dossier);
    }
  }
}

worker.addEventListener("install", (event) => {
  event.waitUntil(carryOverSaved().catch(async (error) => {
    await caches.delete(SAVED);
    throw error;
  }));
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // A dossier saved with the old version while this one was waiting is carried over now; then the old caches go.
      await carryOverSaved().catch(() => undefined);
      const old = (await caches.keys()).filter((name) => (name.startsWith(SAVED_CACHE_PREFIX) && name !== SAVED) || (name.startsWith(READ_CACHE_PREFIX) && name !== READ));
      await Promise.all(old.map((name) => caches.delete(name)));
    })(),
  );
});

worker.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void worker.skipWaiting();
});
