import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { analyzeWord, wordsMatch } from "../../scripts/search/analyzer/analyze.ts";
import { launchChromium } from "../../scripts/bench/chromium.ts";
import { buildFixture, SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { serveStatic, type StaticServer } from "../../scripts/bench/static-server.ts";

const BASE = "/milaff/";
const ARTICLE = "haftar-alliances/libya-jordan-military-cooperation";
let browser: Browser;
let server: StaticServer;
let arabicSource = "";

before(async () => {
  const { outDir } = await buildFixture(SAMPLE_CONTENT, { base: BASE });
  server = await serveStatic(outDir, BASE);
  browser = await launchChromium();
  arabicSource = await readFile(path.join(SAMPLE_CONTENT, "dossiers", `${ARTICLE}.ar.md`), "utf8");
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the search page with a query and waits until the status says how it went. */
async function searchFor(page: Page, lang: string, query: string, extra = ""): Promise<void> {
  await page.goto(`${server.origin}${BASE}${lang}/search/?q=${encodeURIComponent(query)}${extra}`);
  await waitForResults(page);
}

async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status")?.textContent ?? "";
    return status !== "" && !status.includes("…");
  });
}

const resultLinks = (page: Page) => page.$$eval(".result__title a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

test("each of the listed queries finds the Arabic article, with matches marked in the article's own spelling", async () => {
  const page = await browser.newPage();
  for (const query of ["الاردن", "والأردن", "بالأردن", "وبالتدريبات", "التدريبات", "تدريب", "يعزز", "عمان", "المؤسسه", "اخترنا", "الى", "تـعاون", "٢٠٢٦", "صدام حفتر"]) {
    await searchFor(page, "ar", query);
    const links = await resultLinks(page);
    const index = links.indexOf(`${BASE}ar/${ARTICLE}/`);
    assert.ok(index >= 0, `${query}: the article is among ${links.join(", ")}`);
    const marks = await page.$$eval(".result", (items, i) => [...items[i]!.querySelectorAll("mark")].map((m) => m.textContent ?? ""), index);
    assert.ok(marks.length > 0, `${query}: something is marked`);
    const queryWords = query.split(" ").map((w) => analyzeWord(w)!);
    for (const mark of marks) {
      assert.ok(queryWords.some((q) => wordsMatch(q, analyzeWord(mark)!)), `${query}: marked ${mark} matches the query`);
      if (!/^[٠-٩]+$/.test(mark)) assert.ok(arabicSource.includes(mark), `${query}: ${mark} is spelled as in the article`);
    }
  }
  await page.close();
});

test("one search box for both languages: English words find the English version, Arabic words the Arabic one", async () => {
  const page = await browser.newPage();
  await searchFor(page, "en", "Haftar Jordan");
  assert.equal((await resultLinks(page))[0], `${BASE}en/${ARTICLE}/`);
  assert.deepEqual(await page.$$eval(".result__title mark", (ms) => ms.map((m) => m.textContent)), ["Jordan", "Haftar"]);
  await searchFor(page, "en", "والأردن");
  assert.equal((await resultLinks(page))[0], `${BASE}ar/${ARTICLE}/`);
  assert.equal(await page.getAttribute(".result__title a", "dir"), "rtl");
  assert.equal(await page.getAttribute(".result__version a", "href"), `${BASE}en/${ARTICLE}/`, "the other version is linked from the result");
  await searchFor(page, "ar", "Haftar");
  assert.ok((await resultLinks(page)).includes(`${BASE}en/${ARTICLE}/`));
  await page.close();
});

test("filters narrow the results and live in the URL; the back button restores the previous search", async () => {
  const page = await browser.newPage();
  await searchFor(page, "en", "milaff");
  const all = await resultLinks(page);
  assert.ok(all.every((l) => l.startsWith(`${BASE}en/`)), `on the English page, English versions come first: ${all}`);
  assert.equal(await page.textContent("#search-status"), `${all.length} results`, "the count is of articles, each shown once");
  assert.equal(new Set(all).size, all.length);
  assert.equal(await page.isVisible("#search-more"), false);
  assert.ok((await page.$$(".result__version + .result__excerpt")).length > 0, "Arabic versions matched too, grouped under their English versions");
  await page.selectOption("select[name=lang]", "ar");
  await page.waitForURL(/lang=ar/);
  await waitForResults(page);
  const arabic = await resultLinks(page);
  assert.ok(arabic.length > 0 && arabic.every((l) => l.startsWith(`${BASE}ar/`)), `the Arabic versions lead: ${arabic}`);
  assert.equal(arabic.length, all.length, "every guide article has an Arabic version");
  await page.goBack();
  await waitForResults(page);
  assert.equal(new URL(page.url()).searchParams.get("lang"), null);
  assert.equal(await page.inputValue("select[name=lang]"), "");
  assert.deepEqual(await resultLinks(page), all);
  await searchFor(page, "ar", "حفتر", "&dossier=milaff-guide");
  const guide = await resultLinks(page);
  assert.ok(guide.length > 0 && guide.every((l) => l.includes("/milaff-guide/")), `the guide only: ${guide}`);
  await page.close();
});

test("the header's search box leads to the search page under the base path, from the keyboard", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${BASE}ar/${ARTICLE}/`);
  await page.focus("#header-q");
  await page.keyboard.type("حفتر");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/milaff\/ar\/search\/\?q=/);
  await waitForResults(page);
  assert.ok((await resultLinks(page)).includes(`${BASE}ar/${ARTICLE}/`));
  assert.equal(await page.inputValue("#search-q"), "حفتر");
  await page.close();
});

test("a search that finds nothing says so, and negative pairs stay apart in the built index", async () => {
  const page = await browser.newPage();
  await searchFor(page, "ar", "عون");
  assert.match((await page.textContent("#search-status")) ?? "", /لا نتائج/);
  assert.equal((await resultLinks(page)).length, 0, "عون must not find تعاون");
  await page.close();
});

test("a match in the title ranks above a match only in the text", async () => {
  const page = await browser.newPage();
  await searchFor(page, "en", "Haftar");
  const links = await resultLinks(page);
  assert.ok(links.length > 1, `guide pages name Haftar in their text too: ${links}`);
  assert.equal(links[0], `${BASE}en/${ARTICLE}/`, "the article with Haftar in its title comes first");
  await searchFor(page, "ar", "حفتر");
  assert.equal((await resultLinks(page))[0], `${BASE}ar/${ARTICLE}/`);
  await page.close();
});

test("every result shows an excerpt, also where the words matched outside the text (an entity, the title)", async () => {
  const page = await browser.newPage();
  for (const [lang, query] of [["ar", "والأردن"], ["en", "Haftar"], ["ar", "milaff"]] as const) {
    await searchFor(page, lang, query);
    const excerpts = await page.$$eval(".result", (items) => items.map((li) => li.querySelector(".result__excerpt")?.textContent?.trim() ?? ""));
    assert.ok(excerpts.length > 1, `${query}: several results`);
    assert.deepEqual(excerpts.filter((e) => !e), [], `${query}: no result without an excerpt`);
  }
  await page.close();
});

test("Latin inside an Arabic excerpt is isolated, in the bundled Latin face at the size of the text around it", async () => {
  const page = await browser.newPage();
  await searchFor(page, "ar", "entities");
  const runs = await page.$$eval('.result__excerpt[dir="rtl"] bdi[dir="ltr"]', (bdis) => bdis.map((b) => b.textContent));
  assert.ok(runs.includes("content/entities.yml"), `the path is one isolated run, its slash inside: ${runs}`);
  // The Latin face loads when first used; measure once it has.
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: '.result__excerpt[dir="rtl"] bdi[dir="ltr"]' });
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    const { outerHTML } = await cdp.send("DOM.getOuterHTML", { nodeId });
    assert.deepEqual([...new Set(fonts.map((f) => f.familyName))], ["Source Serif 4"], `rendered in the bundled Latin face: ${outerHTML} ${JSON.stringify(fonts)}`);
  }
  const [own, around] = await page.$eval('.result__excerpt[dir="rtl"] bdi[dir="ltr"]', (b) => [getComputedStyle(b).fontSize, getComputedStyle(b.parentElement!).fontSize]);
  assert.equal(own, around);
  await page.close();
});
