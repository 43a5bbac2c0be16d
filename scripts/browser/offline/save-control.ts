import type { OfflineList } from "./offline-list.ts";
import { announceChange, onChange } from "./offline-changes.ts";
import { formatBytes, formatCount, formatDay, say } from "./offline-text.ts";
import { offlineState, siteReachable, type OfflineState } from "./offline-state.ts";
import { deleteUnshared, readRegistry, recordSaved, removeSaved, storeFiles } from "./saved-store.ts";

/*
 * "Save this dossier for offline reading" (layouts/partials/offline-save.njk): stores the
 * dossier's list of files in this version's saved cache, with progress; "saved" only once
 * every file is in; remove takes back what no other saved dossier needs. Hidden unless
 * service workers work here: reading never needs any of it.
 */

class NoSpace extends Error {}

function setUp(root: HTMLElement, worker: OfflineState): void {
  const dossier = root.dataset.dossier!;
  const status = root.querySelector<HTMLElement>(".offline-save__status")!;
  const progress = root.querySelector<HTMLProgressElement>(".offline-save__progress")!;
  const save = root.querySelector<HTMLButtonElement>("[data-offline-save]")!;
  const remove = root.querySelector<HTMLButtonElement>("[data-offline-remove]")!;
  const size = worker.index.dossiers[dossier];
  const show = (state: string, text: string) => {
    root.dataset.state = state;
    status.textContent = text;
    progress.hidden = state !== "saving";
    save.hidden = state === "saved" || state === "saving";
    remove.hidden = state !== "saved";
  };
  let busy = false;
  let changed = () => {};

  const refresh = async () => {
    if (busy) return;
    const entry = (await readRegistry(await worker.saved(), worker.base)).dossiers.find((d) => d.dossier === dossier);
    if (entry) show("saved", say(root, "saved", { size: formatBytes(root, entry.bytes), date: formatDay(root, entry.savedAt) }));
    else if (!size) show("unavailable", say(root, "failed"));
    else show("idle", say(root, "idle", { size: formatBytes(root, size.bytes) }));
  };

  const store = async () => {
    if (await worker.updateWaiting()) return show("update", say(root, "update"));
    if (!(await siteReachable(worker))) return show("offline", say(root, "offline"));
    busy = true;
    show("saving", say(root, "preparing"));
    const cache = await worker.saved();
    const added: string[] = [];
    try {
      // Asked once, when the reader shows they want to keep something: the browser may then keep it under storage pressure.
      await navigator.storage?.persist?.();
      const response = await fetch(worker.listUrl(dossier), { cache: "no-store" });
      if (!response.ok) throw new Error(`${worker.listUrl(dossier)} answered ${response.status}`);
      const list = (await response.json()) as OfflineList;
      if (list.version !== worker.index.version) {
        busy = false;
        return show("update", say(root, "update"));
      }
      const estimate = await navigator.storage?.estimate?.();
      if (estimate?.quota !== undefined && estimate.usage !== undefined && estimate.quota - estimate.usage < list.bytes) {
        throw new NoSpace(formatBytes(root, Math.max(0, estimate.quota - estimate.usage)));
      }
      progress.max = list.bytes;
      await storeFiles(cache, list, added, {
        onProgress: (p) => {
          progress.value = p.bytes;
          status.textContent = say(root, "saving", {
            n: formatCount(root, p.files),
            total: formatCount(root, p.totalFiles),
            done: formatBytes(root, p.bytes),
            size: formatBytes(root, p.totalBytes),
          });
        },
      }).catch((error: unknown) => {
        throw error instanceof DOMException && error.name === "QuotaExceededError" ? new NoSpace("") : error;
      });
      await recordSaved(cache, worker.base, worker.listUrl(dossier), list, new Date().toISOString());
      busy = false;
      await refresh();
      announceChange(changed);
    } catch (error) {
      // Nothing half-saved stays behind, and nothing is shown as saved.
      await deleteUnshared(cache, worker.base, added, worker.listUrl).catch(() => undefined);
      busy = false;
      const needed = size ? formatBytes(root, size.bytes) : "";
      if (error instanceof NoSpace) show("no-space", say(root, error.message ? "noSpace" : "noSpaceLeft", { size: needed, free: error.message }));
      else {
        console.error(error);
        show("failed", say(root, "failed"));
      }
      save.hidden = false;
    }
  };

  save.addEventListener("click", () => void store());
  remove.addEventListener("click", async () => {
    busy = true;
    await removeSaved(await worker.saved(), worker.base, dossier, worker.listUrl);
    busy = false;
    show("removed", say(root, "removed"));
    announceChange(changed);
  });
  changed = onChange(() => void refresh());
  root.hidden = false;
  void refresh();
}

const roots = document.querySelectorAll<HTMLElement>(".offline-save");
if (roots.length) {
  void offlineState().then((worker) => {
    if (worker) roots.forEach((root) => setUp(root, worker));
  });
}
