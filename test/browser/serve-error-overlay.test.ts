import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/bench/chromium.ts";
import { FIXTURES } from "../support/build-fixture.ts";
import { startServe, type RunningServe } from "../support/start-serve.ts";

/*
 * Under milaff serve, a failed rebuild shows its problems over the page the curator is looking
 * at, as the terminal names them (file, field), with the overlay's own words in the page's
 * language; the next good build takes it away and shows the change.
 */

const SHOTS = path.resolve(import.meta.dirname, "..", "..", "test-output", "screenshots");
const STRINGS = {
  ar: JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "..", "layouts", "i18n", "ar.json"), "utf8")).dev,
  en: JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "..", "layouts", "i18n", "en.json"), "utf8")).dev,
};
let serve: RunningServe;
let browser: Browser;
let article: string;
let original: string;

before(async () => {
  serve = await startServe(path.join(FIXTURES, "serve-edits", "content"));
  browser = await launchChromium();
  article = path.join(serve.content, "dossiers", "notes", "visit.ar.md");
  original = readFileSync(article, "utf8");
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await serve?.stop();
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const blocked: string[] = [];
  page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && blocked.push(m.text()));
  await page.goto(serve.origin + url, { waitUntil: "networkidle" });
  assert.deepEqual(blocked, [], "the page's Content-Security-Policy blocked nothing");
  return page;
}

const overlay = (page: Page) => page.locator("milaff-dev-errors section");

test("a failed rebuild shows its problems over the open page, in the page's language, and a good one clears them", async () => {
  const ar = await open("/ar/notes/visit/");
  assert.equal(await overlay(ar).count(), 0);

  const failed = serve.nextLine(/^✗/);
  writeFileSync(article, original.replace("date: 2026-01-09", "date: 9 يناير 2026"));
  await failed;
  await overlay(ar).waitFor();
  const text = await overlay(ar).innerText();
  assert.match(text, new RegExp(STRINGS.ar.failed_title));
  assert.match(text, /visit\.ar\.md/);
  assert.match(text, /date: expected a date/);
  assert.equal(await overlay(ar).getAttribute("dir"), "rtl");
  await ar.screenshot({ path: path.join(SHOTS, "serve-error-overlay-ar-390.png") });

  // A page opened meanwhile shows the same problems at once, in its own language.
  const en = await open("/en/notes/visit/");
  await overlay(en).waitFor();
  assert.match(await overlay(en).innerText(), new RegExp(STRINGS.en.failed_title));
  assert.equal(await overlay(en).getAttribute("dir"), "ltr");
  await en.screenshot({ path: path.join(SHOTS, "serve-error-overlay-en-390.png") });

  const reloaded = ar.waitForEvent("load");
  writeFileSync(article, original.replace("النص الأول.", "النص بعد الإصلاح."));
  await reloaded;
  await ar.waitForLoadState("networkidle");
  assert.match(await ar.content(), /النص بعد الإصلاح\./);
  assert.equal(await overlay(ar).count(), 0);
  await ar.close();
  await en.close();
});

test("the overlay can be closed, and its script is served by the dev server only", async () => {
  const page = await open("/ar/notes/visit/");
  writeFileSync(article, original.replace("title: الزيارة", "title:"));
  await overlay(page).waitFor();
  await page.locator("milaff-dev-errors button").click();
  assert.equal(await overlay(page).count(), 0);
  writeFileSync(article, original);
  await serve.pageWith("/ar/notes/visit/", "النص الأول.");
  const html = readFileSync(path.join(serve.content, "..", "_site", "ar", "notes", "visit", "index.html"), "utf8");
  assert.doesNotMatch(html, /\.milaff\/error-overlay/);
  await page.close();
});
