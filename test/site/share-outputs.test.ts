import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-csl";
import { validateXML } from "xmllint-wasm";
import { LAYOUTS_DIR } from "../../scripts/cli/paths.ts";
import { buildSite } from "../../scripts/publish/build-site.ts";
import { FIXTURES, readPage, SAMPLE_CONTENT } from "../support/build-fixture.ts";

const SITE = "https://example.github.io/dossiers-demo/";
const ARTICLE = "haftar-alliances/libya-jordan-military-cooperation";
const SCHEMAS = path.join(FIXTURES, "schemas");
let out = "";

before(async () => {
  out = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-share-")), "_site");
  await buildSite({ contentDir: SAMPLE_CONTENT, layoutsDir: LAYOUTS_DIR, outDir: out, base: "/dossiers-demo/", url: SITE });
});

const file = (url: string) => readFile(path.join(out, url), "utf8");

test("BibTeX, RIS and CSL-JSON of the sample article parse with citation-js and carry its title, source, dates and address", async () => {
  for (const ext of ["bib", "ris", "json"]) {
    const text = await file(`ar/${ARTICLE}/citation.${ext}`);
    const [item] = new Cite(text).data as Record<string, any>[];
    assert.equal(item!.title, "تعاون عسكري بين ليبيا والأردن… صدام حفتر يُعزّز شبكة تحالفاته", ext);
    assert.equal(item!["container-title"], "النهار", ext);
    // citation-js reads a RIS date from PY, the year, only; the full date is in DA, as RIS has it.
    if (ext === "ris") assert.match(text, /^DA {2}- 2026\/01\/09\r$/m);
    assert.deepEqual(item!.issued["date-parts"][0], ext === "ris" ? [2026] : [2026, 1, 9], ext);
    assert.equal(item!.URL, `${SITE}ar/${ARTICLE}/`, ext);
  }
  const en = new Cite(await file(`en/${ARTICLE}/citation.ris`)).data[0] as Record<string, any>;
  assert.equal(en.title, "Libya-Jordan military cooperation: Saddam Haftar bolsters his network of alliances");
});

test("the article carries a cite block in its language and Highwire tags that Zotero reads", async () => {
  const doc = await readPage(out, `ar/${ARTICLE}/`);
  const cite = doc.querySelector("section.cite#cite");
  assert.match(cite?.querySelector(".cite__text")?.textContent ?? "", /«تعاون عسكري.*»، النهار، ٩ يناير ٢٠٢٦/);
  assert.deepEqual([...cite!.querySelectorAll("a[download]")].map((a) => a.getAttribute("href")), ["bib", "ris", "json"].map((e) => `/dossiers-demo/ar/${ARTICLE}/citation.${e}`));
  const meta = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute("content");
  assert.equal(meta("citation_title"), "تعاون عسكري بين ليبيا والأردن… صدام حفتر يُعزّز شبكة تحالفاته");
  assert.equal(meta("citation_publication_date"), "2026/01/09");
  assert.equal(meta("citation_publisher"), "النهار");
  assert.equal(meta("citation_language"), "ar");
  assert.equal(meta("citation_public_url"), `${SITE}ar/${ARTICLE}/`);
});

test("link previews: Open Graph with ll_TT locales and a card, Twitter's large card, hreflang with x-default, JSON-LD", async () => {
  const doc = await readPage(out, `en/${ARTICLE}/`);
  const og = (p: string) => [...doc.querySelectorAll(`meta[property="${p}"]`)].map((m) => m.getAttribute("content"));
  assert.deepEqual(og("og:type"), ["article"]);
  assert.deepEqual(og("og:locale"), ["en_GB"]);
  assert.deepEqual(og("og:locale:alternate"), ["ar_EG"]);
  assert.deepEqual(og("og:image"), [`${SITE}en/${ARTICLE}/card.png`]);
  assert.deepEqual([og("og:image:width"), og("og:image:height")], [["1200"], ["630"]]);
  assert.deepEqual(og("article:published_time"), ["2026-01-09T06:43"]);
  assert.equal(doc.querySelector('meta[name="twitter:card"]')?.getAttribute("content"), "summary_large_image");
  const hreflang = [...doc.querySelectorAll("link[hreflang]")].map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`);
  assert.deepEqual(hreflang, [`ar ${SITE}ar/${ARTICLE}/`, `en ${SITE}en/${ARTICLE}/`, `x-default ${SITE}ar/${ARTICLE}/`]);
  const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
  assert.equal(ld["@type"], "NewsArticle");
  assert.equal(ld.inLanguage, "en");
  assert.equal(ld.publisher.name, "An-Nahar");
  assert.deepEqual(ld.translationOfWork, { "@type": "NewsArticle", inLanguage: "ar", url: `${SITE}ar/${ARTICLE}/` });
  const feeds = [...doc.querySelectorAll('link[type="application/atom+xml"]')].map((l) => l.getAttribute("href"));
  assert.deepEqual(feeds, [`${SITE}en/feed.xml`, `${SITE}en/haftar-alliances/feed.xml`]);
});

test("every Atom feed is valid against RFC 4287's schema, in its language, newest first, with full text and paragraph ids", async () => {
  const schema = { fileName: "atom.rng", contents: await readFile(path.join(SCHEMAS, "atom.rng"), "utf8") };
  const feeds = [`ar/feed.xml`, `en/feed.xml`, ...(await readdir(path.join(out, "ar"))).filter((d) => !d.includes(".")).map((d) => `ar/${d}/feed.xml`)];
  let checked = 0;
  for (const feed of feeds) {
    const xml = await file(feed).catch(() => null);
    if (xml === null) continue;
    const result = await validateXML({ xml: [{ fileName: feed, contents: xml }], schema: [schema], extension: "relaxng" });
    assert.ok(result.valid, `${feed}: ${result.errors.map((e) => e.message).join("; ")}`);
    assert.match(xml, new RegExp(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.slice(0, 2)}">`));
    const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    assert.deepEqual(updated, [...updated].sort().reverse(), `${feed} lists the newest first`);
    checked++;
  }
  assert.ok(checked >= 4, `${checked} feeds checked`);
  const ar = await file("ar/haftar-alliances/feed.xml");
  assert.match(ar, /<p id="p-[0-9a-z]{12}">يُكثّف نائب القائد العام/);
  assert.doesNotMatch(ar, /block-link/, "no copy controls in feed readers");
});

test("sitemap.xml is valid against the sitemap schema, with hreflang alternates and content dates; robots.txt points at it", async () => {
  const preload = await Promise.all(["sitemap.xsd", "xhtml-link.xsd"].map(async (f) => ({ fileName: f, contents: await readFile(path.join(SCHEMAS, f), "utf8") })));
  const xml = await file("sitemap.xml");
  const result = await validateXML({ xml: [{ fileName: "sitemap.xml", contents: xml }], schema: [{ fileName: "sitemap-with-alternates.xsd", contents: await readFile(path.join(SCHEMAS, "sitemap-with-alternates.xsd"), "utf8") }], preload });
  assert.ok(result.valid, result.errors.map((e) => e.message).join("; "));
  const entry = new RegExp(`<url><loc>${SITE}en/${ARTICLE}/</loc><lastmod>2026-01-09</lastmod><xhtml:link rel="alternate" hreflang="ar" href="${SITE}ar/${ARTICLE}/"/>`);
  assert.match(xml, entry);
  assert.match(await file("robots.txt"), new RegExp(`^Sitemap: ${SITE}sitemap.xml$`, "m"));
  await assert.rejects(file("CNAME"), "a github.io address needs no CNAME");
});
