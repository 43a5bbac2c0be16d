import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, test } from "node:test";
import { buildFixture, readPage } from "../support/build-fixture.ts";

let out = "";
before(async () => {
  out = (await buildFixture("bilingual-basic")).outDir;
});

const links = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((a) => a.getAttribute("href"));

test("every page carries lang and dir: Arabic right-to-left, English left-to-right", async () => {
  for (const [url, lang, dir] of [
    ["/ar/", "ar", "rtl"],
    ["/en/", "en", "ltr"],
    ["/ar/main/paired/", "ar", "rtl"],
    ["/en/main/paired/", "en", "ltr"],
    ["/ar/people/saddam-haftar/", "ar", "rtl"],
    ["/en/places/amman/", "en", "ltr"],
  ] as const) {
    const html = (await readPage(out, url)).documentElement;
    assert.equal(html.getAttribute("lang"), lang, url);
    assert.equal(html.getAttribute("dir"), dir, url);
  }
});

test("the landing and 404 pages show both languages, each half with its own lang and dir", async () => {
  for (const url of ["/", "/404.html"]) {
    const doc = await readPage(out, url);
    const sides = [...doc.querySelectorAll("main [lang]")].map((s) => [s.getAttribute("lang"), s.getAttribute("dir")]);
    assert.deepEqual(sides.slice(0, 2), [["ar", "rtl"], ["en", "ltr"]], url);
    assert.deepEqual(links(doc, "main .button"), ["/ar/", "/en/"], url);
  }
});

test("a translated article links to its translation and declares hreflang for the pair", async () => {
  const ar = await readPage(out, "/ar/main/paired/");
  assert.deepEqual(links(ar, ".other-version a"), ["/en/main/paired/"]);
  assert.deepEqual(links(ar, ".lang-switch a"), ["/en/main/paired/"]);
  const alternates = [...ar.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`);
  assert.deepEqual(alternates, ["ar /ar/main/paired/", "en /en/main/paired/", "x-default /ar/main/paired/"]);
  assert.equal(ar.querySelector(".notice--missing"), null);
  const en = await readPage(out, "/en/main/paired/");
  assert.equal(en.querySelector(".translation-note")?.textContent, "Translated from Arabic by Test Translator.");
  assert.equal(en.querySelector(".article__meta time")?.getAttribute("datetime"), "2026-01-09T06:43");
});

test("an article in one language only: a visible notice linking to the original, no hreflang, switch goes to the dossier", async () => {
  const ar = await readPage(out, "/ar/main/arabic-only/");
  const notice = ar.querySelector(".notice--missing");
  assert.ok(notice, "missing-translation notice");
  assert.match(notice.textContent ?? "", /غير متوفر بالإنجليزية/);
  assert.deepEqual(links(ar, ".notice--missing a"), ["https://example.com/arabic-only"]);
  assert.equal(ar.querySelectorAll("link[hreflang]").length, 0);
  assert.deepEqual(links(ar, ".lang-switch a"), ["/en/main/"]);
  await assert.rejects(readFile(path.join(out, "en/main/arabic-only/index.html")), "no English page is invented");
});

test("the other language lists a one-language article once, flagged, in its own language and direction", async () => {
  const en = await readPage(out, "/en/main/");
  const items = [...en.querySelectorAll(".article-list .article-item")];
  assert.equal(items.length, 3);
  const arabic = items.find((i) => i.querySelector("a")?.getAttribute("href") === "/ar/main/arabic-only/");
  assert.ok(arabic, "the Arabic-only article is listed, linking to its Arabic page");
  assert.equal(arabic.querySelector("a")?.getAttribute("lang"), "ar");
  assert.equal(arabic.querySelector("a")?.getAttribute("dir"), "rtl");
  assert.equal(arabic.querySelector(".badge")?.textContent, "Arabic only");
  const home = await readPage(out, "/en/");
  const dossier = [...home.querySelectorAll(".dossier-card")].find((c) => c.querySelector("a")?.getAttribute("href") === "/ar/arabic-dossier/");
  assert.equal(dossier?.querySelector(".badge")?.textContent, "Arabic only");
});

test("dossier page: articles in order, a timeline, and the entities it covers", async () => {
  const ar = await readPage(out, "/ar/main/");
  assert.deepEqual(links(ar, ".timeline a"), ["/en/main/english-only/", "/ar/main/paired/", "/ar/main/arabic-only/"]);
  assert.deepEqual(links(ar, ".entity-list a"), ["/ar/people/saddam-haftar/", "/ar/places/amman/"]);
  assert.match(ar.querySelector(".entity-list li")?.textContent ?? "", /مقالان/);
});

test("entity pages list every article naming the entity", async () => {
  const en = await readPage(out, "/en/people/saddam-haftar/");
  assert.equal(en.querySelector("h1")?.textContent, "Saddam Haftar");
  assert.deepEqual(links(en, ".article-item__title"), ["/ar/main/arabic-only/", "/en/main/paired/"]);
});

test("an old id listed in aliases forwards to the article", async () => {
  const doc = await readPage(out, "/en/main/old-english-id/");
  assert.equal(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content"), "0; url=/en/main/english-only/");
});

test("scraped markup never reaches the page: raw HTML is escaped and script links dropped", async () => {
  const doc = await readPage(out, "/en/main/english-only/");
  const body = doc.querySelector(".article__body")!;
  assert.equal(body.querySelector("script"), null);
  // Shown as text (the typographer curls its quotes, as in any English text).
  assert.match(body.textContent ?? "", /<script>alert\(“scraped”\)<\/script>/);
  assert.ok(![...body.querySelectorAll("a")].some((a) => /^javascript:/i.test(a.getAttribute("href") ?? "")));
});
