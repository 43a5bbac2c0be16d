import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { before, test } from "node:test";
import { buildFixture, readPage, SAMPLE_CONTENT } from "../support/build-fixture.ts";

/* What a reader meets on the sample site's pages, as built: reading aids, the 404 page, the favicon. */

let out = "";
before(async () => {
  out = (await buildFixture(SAMPLE_CONTENT)).outDir;
});

for (const lang of ["ar", "en"]) {
  test(`an ${lang} article with three or more sections has a table of contents linking to each, in order; one without has none`, async () => {
    const guide = await readPage(out, `/${lang}/milaff-guide/search/`);
    const headings = [...guide.querySelectorAll(".article__body > h2, .article__body > h3")];
    assert.ok(headings.length >= 3);
    const entries = [...guide.querySelectorAll(".toc a")].map((a) => [a.getAttribute("href"), a.textContent]);
    assert.deepEqual(
      entries,
      headings.map((h) => [`#${h.id}`, h.textContent]),
    );
    const article = await readPage(out, `/${lang}/haftar-alliances/libya-jordan-military-cooperation/`);
    assert.equal(article.querySelectorAll(".article__body h2").length, 0);
    assert.equal(article.querySelector(".toc"), null);
  });
}

test("reading time is written in the page's language, with its digits", async () => {
  const ar = (await readPage(out, "/ar/haftar-alliances/libya-jordan-military-cooperation/")).querySelector(".byline")!.textContent!;
  const en = (await readPage(out, "/en/haftar-alliances/libya-jordan-military-cooperation/")).querySelector(".byline")!.textContent!;
  assert.match(ar, /مدة القراءة: (دقيقة واحدة|دقيقتان|[٠-٩]+ (دقائق|دقيقة))/);
  assert.match(en, /\b\d+ min read\b/);
});

test("previous and next follow the dossier's own order, in both languages", async () => {
  for (const lang of ["ar", "en"]) {
    const dossier = await readPage(out, `/${lang}/milaff-guide/`);
    const order = [...dossier.querySelectorAll(".article-list .article-item__title")].map((a) => a.getAttribute("href"));
    assert.ok(order.length >= 3);
    for (const [i, url] of order.entries()) {
      const page = await readPage(out, url!);
      assert.equal(page.querySelector('.pager a[rel="prev"]')?.getAttribute("href") ?? null, order[i - 1] ?? null, `before ${url}`);
      assert.equal(page.querySelector('.pager a[rel="next"]')?.getAttribute("href") ?? null, order[i + 1] ?? null, `after ${url}`);
    }
  }
});

test("the 404 page speaks both languages, footer included, and offers a search box in each", async () => {
  const doc = await readPage(out, "/404.html");
  const forms = [...doc.querySelectorAll("main form[role=search]")].map((f) => [f.closest("[lang]")?.getAttribute("lang"), f.getAttribute("action"), f.querySelector("input[name=q]") !== null]);
  assert.deepEqual(forms, [
    ["ar", "/ar/search/", true],
    ["en", "/en/search/", true],
  ]);
  assert.deepEqual([...doc.querySelectorAll(".site-footer [lang]")].map((p) => p.getAttribute("lang")), ["ar", "en"]);
});

test("every page names a favicon that the build wrote", async () => {
  for (const url of ["/", "/404.html", "/ar/", "/en/milaff-guide/search/", "/ar/people/"]) {
    const href = (await readPage(out, url)).querySelector('link[rel="icon"]')?.getAttribute("href");
    assert.match(href ?? "", /^\/assets\/favicon\.[0-9a-f]+\.svg$/, url);
    assert.match(await readFile(path.join(out, href!), "utf8"), /^<svg /);
  }
});

test("titles and summaries from front matter get the typographic quotes the Markdown text around them has", async () => {
  const dossier = await readPage(out, "/en/haftar-alliances/");
  assert.equal(dossier.querySelector("h1")!.textContent, "Saddam Haftar’s regional alliances");
  assert.match(dossier.querySelector(".lede")!.textContent!, /Libya’s “National Army” is building/);
  assert.match(dossier.querySelector(".intro")!.textContent!, /Libya’s “National Army”/);
  const card = (await readPage(out, "/en/")).querySelector(".dossier-card__summary")!.textContent!;
  assert.match(card, /Libya’s “National Army”/);
});
