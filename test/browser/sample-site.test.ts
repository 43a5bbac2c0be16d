import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/bench/chromium.ts";
import { buildFixture, SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { serveStatic, type StaticServer } from "../../scripts/bench/static-server.ts";

const SHOTS = path.resolve(import.meta.dirname, "..", "..", "test-output", "screenshots");
const ARTICLE = "haftar-alliances/libya-jordan-military-cooperation";
let browser: Browser;
let server: StaticServer;

before(async () => {
  const { outDir } = await buildFixture(SAMPLE_CONTENT, { base: "/milaff/" });
  server = await serveStatic(outDir, "/milaff/");
  browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, width = 1200) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(server.origin + url, { waitUntil: "networkidle" });
  return { page, failed };
}

for (const [lang, other, dir] of [
  ["ar", "en", "rtl"],
  ["en", "ar", "ltr"],
] as const) {
  test(`the ${lang} article opens complete, and the language switch lands on its translation`, async () => {
    const { page, failed } = await open(`/milaff/${lang}/${ARTICLE}/`);
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.equal(await page.getAttribute("html", "dir"), dir);
    assert.deepEqual(failed, [], "every request of the page succeeds");
    assert.equal(await page.evaluate(() => document.fonts.check(`16px "${document.documentElement.lang === "ar" ? "Noto Naskh Arabic Variable" : "Source Serif 4 Variable"}"`)), true, "the self-hosted font is loaded");
    await page.screenshot({ path: path.join(SHOTS, `article-${lang}.png`), fullPage: true });
    await page.click(".lang-switch a");
    await page.waitForLoadState("networkidle");
    assert.equal(new URL(page.url()).pathname, `/milaff/${other}/${ARTICLE}/`);
    assert.equal(await page.getAttribute("html", "lang"), other);
    await page.close();
  });
}

test("arrows point the way the text reads: next points left in Arabic, right in English", async () => {
  for (const [lang, nextFlipped] of [
    ["ar", true],
    ["en", false],
  ] as const) {
    const { page } = await open(`/milaff/${lang}/milaff-guide/import-an-article/`);
    const flipped = await page.$$eval(".pager__link", (links) =>
      Object.fromEntries(links.map((a) => [a.classList.contains("pager__link--next") ? "next" : "prev", getComputedStyle(a.querySelector(".icon")!).transform.startsWith("matrix(-1")])),
    );
    assert.deepEqual(flipped, { prev: !nextFlipped, next: nextFlipped }, lang);
    await page.close();
  }
});
