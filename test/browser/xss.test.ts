import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../scripts/bench/chromium.ts";
import { serveStatic, type StaticServer } from "../../scripts/bench/static-server.ts";
import { buildFixture } from "../support/build-fixture.ts";
import { followAlias, openPage, searchSettled, useControls } from "../support/exercise-page.ts";
import { scanOutput } from "../support/scan-output.ts";

/*
 * test/fixtures/xss holds a site whose every curator-written string (site.yml, entities.yml,
 * dossier and article front matter, Markdown bodies and notes) is a script-injection attempt:
 * HTML and attribute breakouts, script-block and comment endings, CDATA endings, srcdoc,
 * template syntax (Nunjucks {{ }} and {% %}, ${ }), script links in every spelling. Each
 * attempt writes its field's name to window.__pwned or opens a dialog, if it ever runs.
 */

const BASE = "/milaff/";
let browser: Browser;
let server: StaticServer;
let outDir: string;

before(async () => {
  outDir = (await buildFixture("xss", { base: BASE })).outDir;
  server = await serveStatic(outDir, BASE);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("every file the build wrote, in every format (pages and their JSON-LD, feeds, sitemaps, manifests, SVGs, books), holds nothing that could run", async () => {
  const { problems, scanned } = await scanOutput(outDir);
  assert.ok((scanned[".html"] ?? 0) > 10, `pages were read: ${JSON.stringify(scanned)}`);
  // Feeds, sitemaps and JSON-LD are written only for a site with an address (the fixture's site.yml url).
  assert.ok((scanned[".xml"] ?? 0) >= 3, `feeds and the sitemap were read: ${JSON.stringify(scanned)}`);
  assert.match(await readFile(path.join(outDir, "en", "payloads", "fields", "index.html"), "utf8"), /<script type="application\/ld\+json">/, "pages carry JSON-LD");
  assert.deepEqual(problems, []);
});

/** What a page's DOM holds that could run: handlers, script addresses, scripts or frames that are not the site's own. */
const activeContent = (page: Page, base: string) =>
  page.evaluate((base) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? "";
        if (attr.startsWith("on")) found.push(`${attr} on <${el.localName}>`);
        if (/^(href|src|action|formaction|srcdoc|data|xlink:href)$/.test(attr) && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${attr}=${value.slice(0, 40)} on <${el.localName}>`);
      }
      if (el.localName === "script") {
        const src = el.getAttribute("src");
        const type = el.getAttribute("type") ?? "";
        if (src ? !src.startsWith(base) : !/^application\/(ld\+)?json$/.test(type)) found.push(`a script that is not the site's: ${el.outerHTML.slice(0, 80)}`);
      }
      if (["iframe", "object", "embed", "frame", "base", "style"].includes(el.localName)) found.push(`an element <${el.localName}>`);
    }
    return found;
  }, base);

test("no injected script runs on any page, nor in search results and their excerpts: window.__pwned stays unset, no dialog opens, the DOM holds nothing active, and the payloads show as text", async () => {
  // Bypassing the security policy: this proves escaping alone, the policy being tested on its own.
  const context: BrowserContext = await browser.newContext({ bypassCSP: true });
  const ran: string[] = [];
  let current = "";
  await context.exposeFunction("__pwnedBy", (value: string) => ran.push(`${current}: window.__pwned = ${value}`));
  // A string, not a function: the probe must reach the page exactly as written.
  await context.addInitScript({ content: 'Object.defineProperty(window, "__pwned", { set(value) { window.__pwnedBy(String(value)); }, configurable: false });' });
  context.on("page", (page) =>
    page.on("dialog", (dialog) => {
      ran.push(`${current}: a ${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    }),
  );
  const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith(".html")).sort();
  const searches = ["ar", "en"].map((lang) => `${lang}/search/?q=payloadmarker`);
  const active: string[] = [];
  for (const file of [...pages, ...searches]) {
    const url = BASE + file.replace(/(^|\/)index\.html$/, "$1");
    current = url;
    const page = await context.newPage();
    if (file.includes("old-payload-id")) await followAlias(page, server.origin + url);
    else await openPage(page, server.origin + url);
    if (file.includes("search/?q=")) {
      await searchSettled(page);
      assert.ok((await page.$$(".result")).length > 0, `${url}: the payload articles are found`);
      assert.ok((await page.$$(".result__excerpt")).length > 0, `${url}: with excerpts`);
      assert.match((await page.textContent("#search-results")) ?? "", /<script>window\.__pwned=/, `${url}: titles and excerpts show the payload as text`);
    } else if (!file.includes("old-payload-id")) {
      await useControls(page, "payloadmarker");
    }
    // Pointer and focus events on every element, in case a handler slipped through.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll("body *")) for (const type of ["mouseover", "focus", "click"]) if (type !== "click" || el.localName !== "a") el.dispatchEvent(new Event(type));
    });
    active.push(...(await activeContent(page, BASE)).map((a) => `${url}: ${a}`));
    await page.close();
  }
  // The probe itself works: a script setting window.__pwned is caught.
  const probe = await context.newPage();
  current = "probe";
  await probe.goto(`${server.origin}${BASE}en/`);
  await probe.evaluate("window.__pwned = 'self-test'");
  await probe.close();
  assert.deepEqual(ran.splice(ran.indexOf("probe: window.__pwned = self-test"), 1), ["probe: window.__pwned = self-test"], "the probe catches a script");
  assert.deepEqual(ran, [], "injected scripts that ran");
  assert.deepEqual(active, [], "active content in the DOM");

  // The attempts are shown as the curator wrote them, not evaluated as templates nor dropped.
  const page = await context.newPage();
  await page.goto(`${server.origin}${BASE}en/payloads/fields/`);
  // Typographic quotes aside, which every title gets (“ ” and ’ for " and ').
  const title = ((await page.textContent("h1")) ?? "").replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  assert.ok(title.includes(`<script>window.__pwned="article.title.en"</script>`), title);
  assert.ok(title.includes("{{ 7*7 }} {% if true %}nunjucks-ran{% endif %} ${7*7}"), "template syntax is text");
  const body = (await page.textContent(".article__body")) ?? "";
  assert.ok(body.includes("[javascript](javascript:window.__pwned="), "a script link stays visible as text");
  const hrefs = await page.$$eval(".article__body a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.deepEqual(hrefs.filter((h) => !/^(https:\/\/|#|\/milaff\/)/.test(h)), [], "links in the body go to web pages and the site only");
  assert.ok(hrefs.includes("https://example.org/payloadmarker"), "a web link stays a link");
  await context.close();
});
