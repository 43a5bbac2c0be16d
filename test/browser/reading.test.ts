import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "../../scripts/bench/chromium.ts";
import { serveStatic, type StaticServer } from "../../scripts/bench/static-server.ts";
import { buildFixture, SAMPLE_CONTENT } from "../support/build-fixture.ts";

/* What a reader meets on the sample site, measured in a real Chromium: layout, fonts, lines. */

const BASE = "/milaff/";
const ARTICLE = "haftar-alliances/libya-jordan-military-cooperation";
const GUIDE = "milaff-guide/search";
const PHONE = { width: 390, height: 844 };
let browser: Browser;
let server: StaticServer;

before(async () => {
  const { outDir } = await buildFixture(SAMPLE_CONTENT, { base: BASE });
  server = await serveStatic(outDir, BASE);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, ...options });
  const page = await context.newPage();
  await page.goto(server.origin + BASE + url, { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** The fonts Chrome actually drew a node's own text with (not what CSS asked for). */
async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  assert.ok(nodeId, `${selector} is on the page`);
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts;
}

for (const lang of ["ar", "en"] as const) {
  test(`the ${lang} sample article's first paragraph is on the first 390×844 screen of a phone`, async () => {
    const page = await open(`${lang}/${ARTICLE}/`);
    const { top, lineHeight } = await page.$eval(".article__body > p", (p) => ({ top: p.getBoundingClientRect().top, lineHeight: parseFloat(getComputedStyle(p).lineHeight) }));
    assert.ok(top + 3 * lineHeight <= PHONE.height, `its first three lines end at ${Math.round(top + 3 * lineHeight)} px, within ${PHONE.height} px`);
    await page.context().close();
  });

  test(`the ${lang} header is one row on a phone, and its search button opens a field (a link to the search page without JavaScript)`, async () => {
    for (const javaScriptEnabled of [false, true]) {
      const page = await open(`${lang}/${ARTICLE}/`, { javaScriptEnabled });
      const middles = await page.$$eval(".site-title, .search-toggle, .lang-switch a", (els) => els.map((e) => e.getBoundingClientRect()).map((r) => r.top + r.height / 2));
      assert.equal(middles.length, 3);
      assert.ok(Math.max(...middles) - Math.min(...middles) < 4, `title, search button and language switch share one row (${middles.map(Math.round).join(", ")})`);
      assert.equal(await page.isVisible(".header-search input"), false, "the field waits behind the button");
      await page.click(".search-toggle");
      if (!javaScriptEnabled) {
        await page.waitForURL(`**${BASE}${lang}/search/`);
        assert.equal(await page.isVisible("#search-q"), true, "the search page has its field");
      } else {
        assert.equal(await page.getAttribute(".search-toggle", "aria-expanded"), "true");
        assert.equal(await page.evaluate(() => document.activeElement?.id), "header-q", "the opened field has the focus");
        await page.keyboard.type("Haftar");
        await page.keyboard.press("Enter");
        await page.waitForURL(`**${BASE}${lang}/search/?q=Haftar`);
      }
      await page.context().close();
    }
  });

  test(`code is drawn in a monospace face, with code's line height, on ${lang} pages`, async () => {
    const page = await open(`${lang}/${GUIDE}/`);
    for (const selector of [".prose p code", ".prose pre code"]) {
      const fonts = await platformFonts(page, selector);
      // A variable font reports the name of its default instance ("Source Code Pro ExtraLight"); CSS sets the weight.
      assert.deepEqual(fonts.map((f) => [f.familyName.startsWith("Source Code Pro"), f.isCustomFont]), [[true, true]], `${selector} is drawn with the bundled monospace face, not ${fonts.map((f) => f.familyName)}`);
    }
    // (No named functions inside page code: tsx would wrap them in a helper the page lacks.)
    const [iWidth = 0, mWidth = -1] = await page.$eval(".prose pre code", (code) =>
      ["iiiiiiiiii", "MMMMMMMMMM"].map((text) => {
        const span = document.createElement("span");
        span.textContent = text;
        code.append(span);
        const width = span.getBoundingClientRect().width;
        span.remove();
        return width;
      }),
    );
    assert.ok(Math.abs(iWidth - mWidth) < 0.5, `every letter is as wide as any other (i ×10: ${iWidth} px, M ×10: ${mWidth} px)`);
    const ratio = await page.$eval(".prose pre", (pre) => parseFloat(getComputedStyle(pre).lineHeight) / parseFloat(getComputedStyle(pre).fontSize));
    assert.ok(ratio <= 1.6, `code blocks have a line height for code (${ratio.toFixed(2)}), not Arabic prose's`);
    await page.context().close();
  });
}

test("Latin inside Arabic is drawn with the bundled Latin face, not a system font («ملفات milaff»)", async () => {
  const page = await open(`ar/${ARTICLE}/`);
  assert.equal(await page.textContent(".site-title"), "ملفات milaff");
  const fonts = await platformFonts(page, ".site-title");
  assert.deepEqual(fonts.map((f) => [f.familyName, f.isCustomFont]).sort(), [["Noto Naskh Arabic", true], ["Source Serif 4", true]]);
  await page.context().close();
});

for (const [lang, other, marker] of [
  ["ar", "Latin", "universe"],
  ["en", "Arabic", "اخترنا"],
] as const) {
  test(`${other} words inside ${lang} text take their own bundled face, and nothing falls to a system font`, async () => {
    const page = await open(`${lang}/${GUIDE}/`);
    // The block that holds the word itself (as text, or isolated in a <bdi> of its own).
    await page.$$eval(".prose p, .prose li", (blocks, text) => blocks.find((b) => [...b.childNodes].some((n) => (n.nodeType === 3 || n.nodeName === "BDI") && n.textContent!.includes(text)))!.setAttribute("data-probe", ""), marker);
    const fonts = await platformFonts(page, "[data-probe]");
    assert.deepEqual(fonts.map((f) => [f.familyName.replace(/ (Bold|SemiBold)$/, ""), f.isCustomFont]).sort(), [["Noto Naskh Arabic", true], ["Source Serif 4", true]]);
    await page.context().close();
  });
}

test("English lines of the article hold at most 75 characters on a wide screen", async () => {
  const page = await open(`en/${ARTICLE}/`, { viewport: { width: 1280, height: 900 } });
  const longest = await page.$eval(".article__body > p", (p) => {
    const node = p.firstChild!;
    const range = document.createRange();
    const lines = new Map<number, number>();
    for (let i = 0; i < node.textContent!.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const top = Math.round(range.getBoundingClientRect().top);
      lines.set(top, (lines.get(top) ?? 0) + 1);
    }
    return Math.max(...lines.values());
  });
  assert.ok(longest <= 75 && longest >= 50, `the longest line holds ${longest} characters`);
  await page.context().close();
});

for (const lang of ["ar", "en"] as const) {
  test(`the ${lang} breadcrumb starts where the article column starts`, async () => {
    const page = await open(`${lang}/${ARTICLE}/`, { viewport: { width: 1280, height: 900 } });
    const edge = (selector: string) => page.$eval(selector, (el, rtl) => (rtl ? el.getBoundingClientRect().right : el.getBoundingClientRect().left), lang === "ar");
    assert.ok(Math.abs((await edge(".crumbs li a")) - (await edge(".article h1"))) < 1);
    await page.context().close();
  });
}

test("the dark scheme follows the system: dark paper, light ink", async () => {
  for (const [colorScheme, dark] of [
    ["light", false],
    ["dark", true],
  ] as const) {
    const page = await open(`en/${ARTICLE}/`, { colorScheme });
    const [paper, ink] = await page.$eval("body", (b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
    const lightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    assert.equal(lightness(paper) < lightness(ink), dark, `${colorScheme}: paper ${paper}, ink ${ink}`);
    await page.context().close();
  }
});

test("printed, a page keeps the text and where its links lead, without the header, breadcrumb, contents or pager", async () => {
  const page = await open(`en/${GUIDE}/`, { viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ media: "print" });
  for (const selector of [".site-header", ".crumbs", ".toc", ".pager"]) {
    assert.equal(await page.$eval(selector, (el) => getComputedStyle(el).display), "none", selector);
  }
  const link = await page.$eval(".prose a[href]:not(.block-link)", (a) => ({ href: a.getAttribute("href"), after: getComputedStyle(a, "::after").content }));
  assert.equal(link.after, `" <${link.href}>"`);
  assert.notEqual(await page.$eval(".article__body", (el) => getComputedStyle(el).display), "none");
  await page.context().close();
});

test("printed in the dark scheme, the page is still dark ink on white paper", async () => {
  const page = await open(`ar/${ARTICLE}/`, { colorScheme: "dark" });
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  assert.deepEqual(await page.$eval("body", (b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]), ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]);
  assert.notEqual(await page.$eval("#curator-note", (el) => getComputedStyle(el).display), "none", "the curator's note is printed");
  await page.context().close();
});
