import { Workbox } from "workbox-window";

/*
 * Registers the service worker from every page (the update notice, layouts/partials/
 * offline-update.njk, carries its address and scope) and tells the reader, in the page's
 * language, when a newer version of the site is ready; it takes over when they reload.
 */

const notice = document.querySelector<HTMLElement>(".offline-update");
/**
 * Chromium now and then parks a worker told to skip waiting when the old one was busy at that
 * moment: it takes over only once the old one has answered another request. So the page reloads
 * anyway after a while, and once more when the new version takes over that reloaded page.
 */
const PARKED_MS = 4000;
const ASKED = "milaff-update-asked";
const session = (() => {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage turned off: the reader reloads by hand
  }
})();

if (notice && "serviceWorker" in navigator) {
  const wb = new Workbox(notice.dataset.worker!, { scope: notice.dataset.scope });
  // Also fired when a newer version was already waiting as this page loaded.
  wb.addEventListener("waiting", () => {
    notice.hidden = false;
  });
  if (session?.getItem(ASKED)) {
    session.removeItem(ASKED);
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
  }
  notice.querySelector("button")?.addEventListener("click", () => {
    wb.addEventListener("controlling", () => location.reload());
    wb.messageSkipWaiting();
    setTimeout(() => {
      session?.setItem(ASKED, "1");
      location.reload();
    }, PARKED_MS);
  });
  wb.register({ immediate: true }).catch((error: unknown) => console.error(error));
}
