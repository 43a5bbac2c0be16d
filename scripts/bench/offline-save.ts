import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BrowserContext, Page } from "playwright-core";
import type { OfflineList } from "../browser/offline/offline-list.ts";
import { LAYOUTS_DIR } from "../cli/paths.ts";
import { buildSite } from "../publish/build-site.ts";
import { launchChromium } from "./chromium.ts";
import { generateContent } from "./generate-content.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

/*
 * Saving a dossier for offline reading, measured in a real Chromium at 390 px: the bytes
 * stored (the dossier's list, and how much Cache Storage grew) and the time from the press
 * to "saved", for the sample's news dossier and a generated dossier of --articles articles;
 * with screenshots of the save control in each state, the home page's saved list and the
 * offline page, in Arabic and English, under test-output/screenshots/offline/.
 *
 *   node --import tsx scripts/bench/offline-save.ts [--articles 500]
 */

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const SHOTS = path.join(ROOT, "test-output", "screenshots", "offline");
const { values } = parseArgs({ options: { articles: { type: "string", default: "500" } } });

interface Case {
  name: string;
  dossier: string;
  content: (dir: string) => Promise<void>;
}

const CASES: Case[] = [
  { name: "sample", dossier: "haftar-alliances", content: (dir) => cp(path.join(ROOT, "content"), dir, { recursive: true }) },
  {
    name: `generated-${values.articles}`,
    dossier: "dossier-0",
    content: async (dir) => void generateContent(dir, { articles: Number(values.articles), perDossier: Number(values.articles) }),
  },
];

/**
 * What the saved caches hold: files and body bytes, read entry by entry (the storage
 * estimate lags behind a cache just deleted, so it cannot tell one save from the next).
 */
const savedBytes = (page: Page) =>
  page.evaluate(async () => {
    let files = 0;
    let bytes = 0;
    for (const name of (await caches.keys()).filter((k) => k.startsWith("milaff-saved-"))) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        files++;
        bytes += (await (await cache.match(request))!.blob()).size;
      }
    }
    return { files, bytes };
  });
const state = (page: Page, name: string) => page.locator(`.offline-save[data-state="${name}"]`).waitFor({ timeout: 600_000 });

async function shoot(page: Page, selector: string, file: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, `${file}.png`) });
}

/** Saves the dossier from its page in `lang`; screenshots before and after it, or while it saves (a large dossier gives time to). */
async function save(context: BrowserContext, server: StaticServer, outDir: string, c: Case, lang: string, shots: "states" | "saving"): Promise<{ ms: number; list: OfflineList; stored: { files: number; bytes: number } }> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/${lang}/${c.dossier}/`);
  await state(page, "idle");
  if (shots === "states") await shoot(page, ".offline-save", `save-idle-${lang}`);
  const list = JSON.parse(await readFile(path.join(outDir, "offline", `${c.dossier}.json`), "utf8")) as OfflineList;
  const started = performance.now();
  await page.getByRole("button", { name: lang === "ar" ? /دون اتصال/ : /offline/ }).first().click();
  if (shots === "saving") {
    // Caught once the progress bar has moved.
    await page.waitForFunction(() => (document.querySelector<HTMLProgressElement>(".offline-save__progress")?.value ?? 0) > 0);
    await page.screenshot({ path: path.join(SHOTS, `save-saving-${lang}.png`) });
  }
  await state(page, "saved");
  const ms = performance.now() - started;
  const stored = await savedBytes(page);
  if (shots === "states") await shoot(page, ".offline-save", `save-saved-${lang}`);
  await page.close();
  return { ms, list, stored };
}

async function screens(context: BrowserContext, server: StaticServer, c: Case, lang: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/${lang}/`);
  await page.locator(".offline-saved__item").first().waitFor();
  await shoot(page, ".offline-saved", `home-saved-${lang}`);
  // Offline: a dossier never saved shows the offline page, a save cannot start.
  await context.setOffline(true);
  server.setReachable(false);
  await page.goto(`${server.origin}/${lang}/milaff-guide/`);
  await page.locator(".offline-saved__item").first().waitFor();
  await page.screenshot({ path: path.join(SHOTS, `offline-page-${lang}.png`) });
  await page.goto(`${server.origin}/${lang}/${c.dossier}/`);
  await state(page, "saved");
  await context.setOffline(false);
  server.setReachable(true);
  await page.getByRole("button", { name: lang === "ar" ? "احذف النسخة المحفوظة للقراءة دون اتصال" : "Remove the offline copy" }).click();
  await state(page, "removed");
  await shoot(page, ".offline-save", `save-removed-${lang}`);
  await context.setOffline(true);
  server.setReachable(false);
  await page.getByRole("button", { name: lang === "ar" ? /احفظ/ : /Save/ }).first().click();
  await state(page, "offline");
  await shoot(page, ".offline-save", `save-error-offline-${lang}`);
  await context.setOffline(false);
  server.setReachable(true);
  await page.close();
}

await mkdir(SHOTS, { recursive: true });
const browser = await launchChromium();
const work = await mkdtemp(path.join(os.tmpdir(), "milaff-offline-bench-"));
try {
  for (const c of CASES) {
    const content = path.join(work, c.name, "content");
    await c.content(content);
    const outDir = path.join(work, c.name, "_site");
    const built = performance.now();
    await buildSite({ contentDir: content, layoutsDir: LAYOUTS_DIR, outDir, base: "/" });
    console.log(`${c.name}: built in ${((performance.now() - built) / 1000).toFixed(1)} s`);
    const server = await serveStatic(outDir, "/");
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      for (const lang of ["en", "ar"]) {
        const sample = c.name === "sample";
        const { ms, list, stored } = await save(context, server, outDir, c, lang, sample ? "states" : "saving");
        console.log(
          `${c.name} ${c.dossier} (${lang}): listed ${list.files.length} files, ${(list.bytes / 1e6).toFixed(2)} MB; saved caches hold ${stored.files} files, ${(stored.bytes / 1e6).toFixed(2)} MB; saved in ${(ms / 1000).toFixed(2)} s`,
        );
        if (sample) await screens(context, server, c, lang);
        // The next language starts from nothing saved.
        const page = await context.newPage();
        await page.goto(`${server.origin}/${lang}/`);
        await page.evaluate(async () => Promise.all((await caches.keys()).filter((k) => k.startsWith("milaff-saved-")).map((k) => caches.delete(k))));
        await page.close();
      }
    } finally {
      await context.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
}
console.log(`Screenshots in ${path.relative(ROOT, SHOTS)}/`);
