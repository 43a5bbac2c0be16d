import { Workbox } from "workbox-window";

/*
 * Registers the service worker from every page (the update notice, layouts/partials/
 * offline-update.njk, carries its address and scope) and tells the reader, in the page's
 * language, when a newer version of the site is ready; it takes over when they reload.
 */

const notice = document.querySelector<HTMLElement>(".offline-update");

if (notice && "serviceWorker" in navigator) {
  const wb = new Workbox(notice.dataset.worker!, { scope: notice.dataset.scope });
  // Also fired when a newer version was already waiting as this page loaded.
  wb.addEventListener("waiting", () => {
    notice.hidden = false;
  });
  notice.querySelector("button")?.addEventListener("click", () => {
    wb.addEventListener("controlling", () => location.reload());
    wb.messageSkipWaiting();
  });
  wb.register({ immediate: true }).catch((error: unknown) => console.error(error));
}
