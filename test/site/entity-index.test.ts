import assert from "node:assert/strict";
import { before, test } from "node:test";
import { buildFixture, readPage } from "../support/build-fixture.ts";

/* /ar/people/, /ar/orgs/, /ar/places/ and English: every entity the articles name, with counts; entity pages name their dossiers. */

let out = "";
before(async () => {
  out = (await buildFixture("entity-index")).outDir;
});

const rows = (doc: Document) => [...doc.querySelectorAll(".entity-index li")].map((li) => [li.querySelector("a")!.getAttribute("href"), li.querySelector("a")!.textContent, li.querySelector(".muted")!.textContent]);

test("the people index lists every person an article names, alphabetically in the page's language, with article counts", async () => {
  assert.deepEqual(rows(await readPage(out, "/en/people/")), [
    ["/en/people/amr/", "Amr", "1 article"],
    ["/en/people/bakr/", "Bakr", "1 article"],
    ["/en/people/zaid/", "Zaid", "3 articles"],
  ]);
  assert.deepEqual(rows(await readPage(out, "/ar/people/")), [
    ["/ar/people/bakr/", "بكر", "مقال واحد"],
    ["/ar/people/zaid/", "زيد", "٣ مقالات"],
    ["/ar/people/amr/", "عمرو", "مقال واحد"],
  ]);
});

test("all three indexes exist in both languages, an empty one saying so, each linking to the others", async () => {
  for (const lang of ["ar", "en"]) {
    for (const kind of ["people", "orgs", "places"]) {
      const doc = await readPage(out, `/${lang}/${kind}/`);
      assert.equal(doc.documentElement.getAttribute("lang"), lang);
      assert.deepEqual([...doc.querySelectorAll(".entity-kinds a")].map((a) => a.getAttribute("href")), [`/${lang}/people/`, `/${lang}/orgs/`, `/${lang}/places/`]);
      assert.equal(doc.querySelector('.entity-kinds a[aria-current="page"]')?.getAttribute("href"), `/${lang}/${kind}/`);
    }
  }
  const orgs = await readPage(out, "/en/orgs/");
  assert.equal(orgs.querySelectorAll(".entity-index li").length, 0);
  assert.equal(orgs.querySelector("main p")?.textContent, "No article names an organisation yet.");
});

test("the home page links to the indexes; an entity page's breadcrumb leads to its index", async () => {
  const home = await readPage(out, "/en/");
  assert.deepEqual([...home.querySelectorAll(".entity-kinds li")].map((li) => li.textContent!.replace(/\s+/g, " ").trim()), ["People 3", "Organisations 0", "Places 1"]);
  const zaid = await readPage(out, "/ar/people/zaid/");
  assert.deepEqual([...zaid.querySelectorAll(".crumbs a")].map((a) => a.getAttribute("href")), ["/ar/", "/ar/people/"]);
});

test("an entity page shows the dossiers that name it in the home page's order (newest first), with counts, and its names in the other languages", async () => {
  const zaid = await readPage(out, "/en/people/zaid/");
  assert.deepEqual(
    [...zaid.querySelectorAll(".entity-dossiers li")].map((li) => [li.querySelector("a")!.getAttribute("href"), li.querySelector(".muted")!.textContent]),
    [
      ["/en/second/", "1 article"],
      ["/en/first/", "2 articles"],
    ],
  );
  const other = zaid.querySelector(".other-names dd [lang]")!;
  assert.deepEqual([other.getAttribute("lang"), other.textContent], ["ar", "زيد"]);
});
