import { onChange, announceChange } from "./offline-changes.ts";
import { formatBytes, formatDay, say } from "./offline-text.ts";
import { offlineState, type OfflineState } from "./offline-state.ts";
import { readRegistry, removeSaved } from "./saved-store.ts";

/*
 * "Saved for offline reading" (layouts/partials/offline-saved.njk), on the home pages and the
 * offline page: each dossier saved on this device, in the page's language where it has one,
 * with its size, the day it was saved and a remove button. On the home page it shows only when
 * something is saved; the offline page also says when nothing is.
 */

function setUp(root: HTMLElement, worker: OfflineState): void {
  const list = root.querySelector<HTMLUListElement>(".offline-saved__list")!;
  const empty = root.querySelector<HTMLElement>(".offline-saved__empty");
  const lang = document.documentElement.lang;
  let changed = () => {};

  const render = async () => {
    const saved = (await readRegistry(await worker.saved(), worker.base)).dossiers;
    list.replaceChildren(
      ...saved.map((entry) => {
        const shown = entry.titles[lang] !== undefined ? lang : Object.keys(entry.titles)[0]!;
        const li = document.createElement("li");
        li.className = "offline-saved__item";
        const link = document.createElement("a");
        link.href = entry.urls[shown]!;
        link.lang = shown;
        link.dir = "auto";
        link.textContent = entry.titles[shown]!;
        const meta = document.createElement("span");
        meta.className = "offline-saved__meta";
        meta.textContent = say(root, "item", { size: formatBytes(root, entry.bytes), date: formatDay(root, entry.savedAt) });
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "button button--quiet offline-saved__remove";
        remove.textContent = say(root, "remove");
        remove.setAttribute("aria-label", say(root, "removeNamed", { title: entry.titles[shown]! }));
        remove.addEventListener("click", async () => {
          remove.disabled = true;
          await removeSaved(await worker.saved(), worker.base, entry.dossier, worker.listUrl);
          await render();
          announceChange(changed);
        });
        li.append(link, " ", meta, " ", remove);
        return li;
      }),
    );
    root.hidden = !saved.length && !empty;
    if (empty) empty.hidden = saved.length > 0;
  };
  changed = onChange(() => void render());
  void render();
}

const roots = document.querySelectorAll<HTMLElement>(".offline-saved");
if (roots.length) {
  void offlineState().then((worker) => {
    if (worker) roots.forEach((root) => setUp(root, worker));
  });
}
