import { offlineState, siteReachable } from "./offline-state.ts";
import { readRegistry, savedList } from "./saved-store.ts";

/*
 * Search without a connection: Pagefind runs on the index saved with the dossiers (every
 * chunk and filter file, so its hits are the same as online), and the results keep to the
 * pages of saved dossiers, whose fragments and texts are on this device. The line in
 * layouts/partials/offline-search.njk says when others were left out.
 */

const note = document.querySelector<HTMLElement>(".offline-search-note");

/** Online, or with nothing saved: every hit. Offline: the hits of saved dossiers only, saying so when some were left out. */
export async function keepSavedHits<T extends { id: string }>(hits: T[]): Promise<T[]> {
  if (note) note.hidden = true;
  // A page the service worker did not serve has nothing saved to keep to.
  const state = navigator.serviceWorker?.controller ? await offlineState() : undefined;
  if (!state) return hits;
  const cache = await state.saved();
  const saved = new Set<string>();
  for (const { dossier } of (await readRegistry(cache, state.base)).dossiers) {
    for (const id of (await savedList(cache, state.listUrl(dossier)))?.pages ?? []) saved.add(id);
  }
  if (!saved.size || (await siteReachable(state))) return hits;
  const kept = hits.filter((hit) => saved.has(hit.id));
  if (note) note.hidden = kept.length === hits.length;
  return kept;
}
