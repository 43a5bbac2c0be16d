import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { LAYOUTS_DIR } from "../../scripts/cli/paths.ts";
import { launchChromium } from "../../scripts/bench/chromium.ts";
import { serveStatic, type StaticServer } from "../../scripts/bench/static-server.ts";
import { buildSite } from "../../scripts/publish/build-site.ts";
import { SAMPLE_CONTENT } from "../support/build-fixture.ts";

/*
 * Offline reading of the sample's news dossier, in a real Chromium, at the site root and under
 * a base path: save, cut the network (the browser's offline mode, and the server stops
 * answering, since Chromium lets a restarted service worker's first requests through), read,
 * switch language and search; pages never saved; a rebuild replacing pages and index
 * together; remove.
 */

const DOSSIER = "haftar-alliances";
const ARTICLE = "libya-jordan-military-cooperation";
/** Both found online in the news dossier and in the guide, whose results are left out offline. */
const QUERIES = { ar: "والأردن", en: "Haftar" };
/** Written into the article by the rebuild, in no other page. */
const NEW_WORD = "Zanzibarite";

// Playwright's watch on the service worker's requests stalls the new worker's activation after
// skipWaiting() (the reload never comes): the test cuts the network by stopping the server instead.
process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = "1";

interface ShownResult {
  url: string;
  title: string;
  excerpts: string[];
}

async function searchResults(page: Page, origin: string, base: string, lang: string, query: string): Promise<ShownResult[]> {
  await page.goto(`${origin}${base}${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status")?.textContent ?? "";
    return status !== "" && !status.includes("…");
  });
  return page.$$eval(".result", (items) =>
    items.map((item) => ({
      url: new URL(item.querySelector<HTMLAnchorElement>(".result__title a")!.href).pathname,
      title: item.querySelector(".result__title")!.textContent ?? "",
      excerpts: [...item.querySelectorAll(".result__excerpt")].map((e) => e.innerHTML),
    })),
  );
}

/** Every entry in Cache Storage, by cache. */
const cacheEntries = (page: Page) =>
  page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) all[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
    return all;
  });

for (const base of ["/some-repo/", "/"]) {
  describe(`offline reading under ${base}`, () => {
    let content: string;
    let outDir: string;
    let server: StaticServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let site: string;
    const online: Record<string, ShownResult[]> = {};

    const setNetwork = async (up: boolean) => {
      await context.setOffline(!up);
      server.setReachable(up);
    };
    const build = () => buildSite({ contentDir: content, layoutsDir: LAYOUTS_DIR, outDir, base });

    before(async () => {
      const work = await mkdtemp(path.join(os.tmpdir(), "milaff-offline-"));
      content = path.join(work, "content");
      outDir = path.join(work, "_site");
      await cp(SAMPLE_CONTENT, content, { recursive: true });
      // The news dossier gets an image, so that saving it has one to keep.
      await cp(path.join(content, "dossiers", "milaff-guide", "media"), path.join(content, "dossiers", DOSSIER, "media"), { recursive: true });
      const article = path.join(content, "dossiers", DOSSIER, `${ARTICLE}.en.md`);
      await writeFile(article, `${await readFile(article, "utf8")}\n![The content folder](media/content-folders.svg)\n`);
      await build();
      server = await serveStatic(outDir, base);
      // A browser per base path: nothing of one run (service workers, caches) is left for the other.
      browser = await launchChromium();
      site = server.origin + base;
      context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      page = await context.newPage();
    });
    after(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
    });

    test("the dossier saves in both languages, with progress, then says it is saved", async () => {
      for (const [lang, query] of Object.entries(QUERIES)) {
        online[lang] = (await searchResults(page, server.origin, base, lang, query)).filter((r) => r.url.includes(`/${DOSSIER}/`));
        assert.ok(online[lang].length > 0, `${query} finds the news article online`);
      }
      await page.goto(`${site}en/${DOSSIER}/`);
      const control = page.locator(".offline-save");
      await control.waitFor();
      const save = page.getByRole("button", { name: /offline/ });
      assert.match((await control.textContent()) ?? "", /Both languages, with images and search: \d+ kB/);
      const progress: string[] = [];
      const watching = page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const seen: string[] = [];
            const status = document.querySelector(".offline-save__status")!;
            new MutationObserver(() => {
              seen.push(status.textContent ?? "");
              if (document.querySelector('.offline-save[data-state="saved"]')) resolve(seen);
            }).observe(status, { childList: true, characterData: true, subtree: true });
          }),
      );
      await save.click();
      progress.push(...(await watching));
      assert.ok(progress.some((p) => /^Saving: .+ of .+ \(file \d+ of \d+\)\.$/.test(p)), `progress shown: ${progress.join(" | ")}`);
      assert.match(progress.at(-1)!, /^Saved on this device on .+ \(\d+ kB\): it opens and searches without a connection\.$/);
      assert.equal(await page.getByRole("button", { name: "Remove the offline copy" }).isVisible(), true);
      await page.reload();
      await page.locator('.offline-save[data-state="saved"]').waitFor();
      await page.goto(`${site}en/`);
      const item = page.locator(".offline-saved__item");
      await item.waitFor();
      assert.match((await item.textContent()) ?? "", /^Saddam Haftar’s regional alliances \d+ kB · saved .+ Remove$/);
      assert.equal(await item.getByRole("button", { name: "Remove “Saddam Haftar’s regional alliances” from offline reading" }).count(), 1);
    });

    test("offline, every page of the dossier opens in both languages with its images and fonts, and the language switch works", async () => {
      await setNetwork(false);
      for (const lang of ["ar", "en"]) {
        for (const url of [`${lang}/${DOSSIER}/`, `${lang}/${DOSSIER}/${ARTICLE}/`]) {
          const response = await page.goto(site + url);
          assert.equal(response?.fromServiceWorker(), true, url);
          assert.equal(await page.locator("body.page-offline").count(), 0, `${url} is the page itself, not the offline page`);
          const fonts = await page.evaluate(async () => {
            await document.fonts.ready;
            return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family);
          });
          assert.ok(fonts.includes(lang === "ar" ? "Noto Naskh Arabic Variable" : "Source Serif 4 Variable"), `${url}: the site's own font is loaded (${fonts.join(", ")})`);
          // Scrolled to, as a reader would: images below the fold load lazily.
          const images = await page.$$eval("main img", (imgs) =>
            Promise.all(
              (imgs as HTMLImageElement[]).map(async (img) => {
                img.scrollIntoView();
                await img.decode().catch(() => undefined);
                return [img.currentSrc, img.naturalWidth] as const;
              }),
            ),
          );
          for (const [src, width] of images) assert.ok(width > 0, `${url}: ${src} shows`);
          if (url.endsWith(`${ARTICLE}/`) && lang === "en") assert.equal(images.length, 1, "the article's image is there");
        }
      }
      await page.click(".lang-switch a");
      await page.waitForURL(`${site}ar/${DOSSIER}/${ARTICLE}/`);
      assert.equal(await page.getAttribute("html", "lang"), "ar");
      assert.equal(await page.locator("body.page-article").count(), 1, "the switch lands on the saved Arabic article");
    });

    test("offline, an Arabic query with a prefix variant and an English query find what they found online in the dossier", async () => {
      for (const [lang, query] of Object.entries(QUERIES)) {
        const offline = await searchResults(page, server.origin, base, lang, query);
        assert.deepEqual(offline, online[lang], `${query}: same results, titles and excerpts`);
        assert.ok(offline[0]!.excerpts.some((e) => e.includes("<mark>")), `${query}: matches marked`);
        assert.equal(await page.locator(".offline-search-note").isVisible(), true, `${query}: says the guide's results were left out`);
      }
    });

    test("offline, a page never saved shows the offline page, in its language, with links to what is saved", async () => {
      for (const [lang, title] of [
        ["en", "You are offline"],
        ["ar", "أنت غير متصل"],
      ] as const) {
        const response = await page.goto(`${site}${lang}/milaff-guide/`);
        assert.equal(response?.status(), 200);
        assert.equal(await page.textContent("h1"), title);
        assert.equal(await page.getAttribute("html", "lang"), lang);
        const link = page.locator(".offline-saved__item a");
        await link.waitFor();
        assert.equal(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname, `${base}${lang}/${DOSSIER}/`);
      }
      await page.click(".offline-saved__item a");
      await page.waitForURL(`${site}ar/${DOSSIER}/`);
      assert.equal(await page.locator("body.page-dossier").count(), 1, "the link opens the saved dossier");
    });

    test("a rebuild with a changed article and index replaces pages and index together, and leaves nothing old in Cache Storage", async () => {
      await setNetwork(true);
      const before = await cacheEntries(page);
      await page.close();
      page = await context.newPage();
      const article = path.join(content, "dossiers", DOSSIER, `${ARTICLE}.en.md`);
      await writeFile(article, `${await readFile(article, "utf8")}\nThe ${NEW_WORD} delegation arrived later.\n`);
      await build();
      await page.goto(`${site}en/${DOSSIER}/${ARTICLE}/`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.locator(".offline-update");
      await notice.waitFor({ timeout: 60_000 });
      assert.equal(await notice.locator("p").textContent(), "A newer version of this site is ready.");
      await Promise.all([page.waitForEvent("load"), notice.getByRole("button").click()]);
      // The new version controls the page (after one more reload when Chromium parked it, scripts/browser/offline/offline-worker.ts).
      const newVersionControls = () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return Boolean(registration?.active && !registration.waiting && navigator.serviceWorker.controller === registration.active);
        });
      // Polled, not waitForFunction: that second reload would end it.
      for (const deadline = Date.now() + 60_000; !(await newVersionControls().catch(() => false)); ) {
        assert.ok(Date.now() < deadline, "the new version takes over");
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      await setNetwork(false);
      await page.goto(`${site}en/${DOSSIER}/${ARTICLE}/`);
      assert.ok((await page.textContent("main"))!.includes(`The ${NEW_WORD} delegation arrived later.`), "the new text, offline");
      const found = await searchResults(page, server.origin, base, "en", NEW_WORD);
      assert.deepEqual(found.map((r) => r.url), [`${base}en/${DOSSIER}/${ARTICLE}/`], "the new index finds the new word offline");
      const after = await cacheEntries(page);
      assert.deepEqual(Object.keys(after).filter((name) => name in before && /^milaff-(saved|read)-/.test(name)), [], "the old version's caches are gone");
      // Every cached file is the one the new build wrote.
      const stale = await page.evaluate(async () => {
        const wrong: string[] = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) {
            if (request.url.endsWith("saved-on-this-device.json")) continue;
            const kept = new Uint8Array(await (await cache.match(request))!.arrayBuffer());
            wrong.push(`${new URL(request.url).pathname}\t${kept.length}\t${[...kept.slice(0, 64)].join(",")}`);
          }
        }
        return wrong;
      });
      for (const line of stale) {
        const [pathname, length, head] = line.split("\t") as [string, string, string];
        const rel = pathname.slice(base.length);
        const file = path.join(outDir, rel.endsWith("/") || rel === "" ? `${rel}index.html` : rel);
        const written = await readFile(file);
        assert.equal(Number(length), written.length, `${pathname} is the new build's`);
        assert.equal(head, [...written.subarray(0, 64)].join(","), `${pathname} is the new build's`);
      }
    });

    test("removing the saved dossier takes its files out of Cache Storage, and the page says so", async () => {
      await setNetwork(true);
      await page.goto(`${site}en/${DOSSIER}/`);
      await page.locator('.offline-save[data-state="saved"]').waitFor();
      await page.getByRole("button", { name: "Remove the offline copy" }).click();
      await page.locator('.offline-save[data-state="removed"]').waitFor();
      assert.equal(await page.textContent(".offline-save__status"), "Removed from this device. You can save it again at any time.");
      const saved = Object.entries(await cacheEntries(page)).filter(([name]) => name.startsWith("milaff-saved-"));
      assert.deepEqual(saved.flatMap(([, urls]) => urls).filter((u) => !u.endsWith("saved-on-this-device.json")), [], "no file of the dossier is left");
    });
  });
}
