import { offlineIndexUrl, offlineListUrl, savedCacheName, type OfflineIndex } from "./offline-list.ts";

/*
 * What the offline controls need once a service worker serves the page: the version of the
 * site it serves (its precached /offline/index.json, so never the network's newer one) and
 * that version's saved cache.
 */

export interface OfflineState {
  base: string;
  index: OfflineIndex;
  saved(): Promise<Cache>;
  listUrl(dossier: string): string;
  /** A newer version is installed and waiting: what is saved now must wait for it to take over. */
  updateWaiting(): Promise<boolean>;
}

/**
 * A first visit's worker claims the page as it activates; a page loaded past the worker (a
 * forced reload) never is claimed, and a worker that failed to install never becomes ready.
 */
const WAIT_MS = 30_000;
const orTimeout = <T>(promise: Promise<T>): Promise<T | undefined> => Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, WAIT_MS))]);

async function load(): Promise<OfflineState | undefined> {
  const base = document.querySelector<HTMLElement>(".offline-update")?.dataset.scope;
  if (!base || !("serviceWorker" in navigator) || !("caches" in window)) return undefined;
  const registration = await orTimeout(navigator.serviceWorker.ready);
  if (!registration) return undefined;
  if (!navigator.serviceWorker.controller) {
    await orTimeout(new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true })));
    if (!navigator.serviceWorker.controller) return undefined;
  }
  const response = await fetch(offlineIndexUrl(base));
  if (!response.ok) return undefined;
  const index = (await response.json()) as OfflineIndex;
  return {
    base,
    index,
    saved: () => caches.open(savedCacheName(index.version)),
    listUrl: (dossier) => offlineListUrl(base, dossier),
    updateWaiting: async () => Boolean(registration.waiting),
  };
}

/** How long the network may take to answer before a search keeps to what is saved. */
const PROBE_TIMEOUT_MS = 3000;

/**
 * Whether the site answers now: a HEAD request, which the service worker leaves to the
 * network. navigator.onLine says only that some network is there, not that it works.
 */
export async function siteReachable(state: OfflineState): Promise<boolean> {
  try {
    const response = await fetch(offlineIndexUrl(state.base), { method: "HEAD", cache: "no-store", signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return response.ok;
  } catch {
    return false;
  }
}

let state: Promise<OfflineState | undefined> | undefined;

/** Resolves once offline reading can work on this page, or to undefined when it cannot. */
export function offlineState(): Promise<OfflineState | undefined> {
  state ??= load().catch((error: unknown) => {
    console.error(error);
    return undefined;
  });
  return state;
}
