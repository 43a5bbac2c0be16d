import assert from "node:assert/strict";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/bench/chromium.ts";
import { serveStatic, type StaticServer } from "../../scripts/bench/static-server.ts";
import { buildFixture } from "../support/build-fixture.ts";

/*
 * "More results" after a garbage collection. Pagefind frees a result's data once its result
 * object is collected; a search page that kept only the data function found nothing to show on
 * its second page of results, after the button was already gone.
 */

const ARTICLES = 30;
let browser: Browser;
let server: StaticServer;

before(async () => {
  // Thirty articles that all name the olive tree: thirty results, three pages of ten.
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-more-")), "content");
  const dossier = path.join(content, "dossiers", "olives");
  await mkdir(dossier, { recursive: true });
  await writeFile(path.join(content, "site.yml"), "title: { ar: زيتون, en: Olives }\n");
  await writeFile(path.join(dossier, "dossier.ar.md"), "---\ntitle: ملف الزيتون\n---\n");
  for (let i = 1; i <= ARTICLES; i++) {
    const n = String(i).padStart(2, "0");
    await writeFile(path.join(dossier, `olive-${n}.ar.md`), `---\ntitle: المقال ${n}\ndate: 2024-01-${n}\n---\n\nحقل من أشجار الزيتون، رقم ${n}.\n`);
  }
  const { outDir } = await buildFixture(content);
  server = await serveStatic(outDir, "/");
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("every result of a 30-result search can be read, page after page, with garbage collections between pages", async () => {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${server.origin}/ar/search/?q=${encodeURIComponent("الزيتون")}`);
  await page.waitForFunction(() => document.querySelectorAll(".result").length === 10);
  for (const shown of [20, 30]) {
    await cdp.send("HeapProfiler.collectGarbage");
    // Pagefind's clean-up runs after the collection, as a task of its own.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    await cdp.send("HeapProfiler.collectGarbage");
    await page.click("#search-more");
    await page
      .waitForFunction((n) => document.querySelectorAll(".result").length === n, shown, { timeout: 10_000 })
      .catch(() => assert.fail(`after a garbage collection, "more" showed ${shown - 10} results and stopped`));
  }
  const results = await page.$$eval(".result", (items) => items.map((li) => ({ title: li.querySelector(".result__title a")?.textContent ?? "", excerpt: li.querySelector(".result__excerpt")?.textContent ?? "" })));
  assert.equal(new Set(results.map((r) => r.title)).size, ARTICLES, "thirty different articles");
  assert.ok(results.every((r) => r.excerpt.includes("الزيتون")), "each with its excerpt");
  assert.equal(await page.isVisible("#search-more"), false, "no more to show");
  await page.close();
});
