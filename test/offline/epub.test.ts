import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";
import { launchChromium } from "../../scripts/bench/chromium.ts";
import { serveStatic } from "../../scripts/bench/static-server.ts";
import { LAYOUTS_DIR } from "../../scripts/cli/paths.ts";
import { buildSite } from "../../scripts/publish/build-site.ts";
import { readPage, SAMPLE_CONTENT } from "../support/build-fixture.ts";

/*
 * The sample's dossiers as EPUB 3 books, one per language: what they hold, that epubcheck
 * finds nothing wrong (when Debian's epubcheck is installed), that the same content gives
 * the same bytes in another folder and time zone, and the Arabic book rendered in Chromium.
 */

const SHOTS = path.resolve(import.meta.dirname, "..", "..", "test-output", "screenshots");
const EPUBCHECK_JAR = "/usr/share/java/epubcheck.jar";
let work: string;
let outDir: string;

async function buildCopy(name: string): Promise<string> {
  const content = path.join(work, name, "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const out = path.join(work, name, "_site");
  await buildSite({ contentDir: content, layoutsDir: LAYOUTS_DIR, outDir: out, base: "/some-repo/" });
  return out;
}

const book = async (lang: string, dossier: string) => unzipSync(new Uint8Array(await readFile(path.join(outDir, lang, dossier, `${dossier}.epub`))));

before(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "milaff-epub-"));
  outDir = await buildCopy("first");
});

test("each dossier language has its EPUB, linked from the dossier page with its size", async () => {
  for (const lang of ["ar", "en"]) {
    for (const dossier of ["haftar-alliances", "milaff-guide"]) {
      const file = path.join(outDir, lang, dossier, `${dossier}.epub`);
      const { size } = await stat(file);
      const link = (await readPage(outDir, `${lang}/${dossier}/`)).querySelector(".epub-link a")!;
      assert.equal(link.getAttribute("href"), `/some-repo/${lang}/${dossier}/${dossier}.epub`);
      const detail = link.parentElement!.querySelector(".muted")!.textContent!;
      const kb = lang === "ar" ? /EPUB، ([٠-٩]+) كيلوبايت/.exec(detail)?.[1]?.replace(/[٠-٩]/g, (d) => String("٠١٢٣٤٥٦٧٨٩".indexOf(d))) : /EPUB, (\d+) kB/.exec(detail)?.[1];
      assert.equal(Number(kb), Math.round(size / 1000), `${lang}/${dossier}: ${detail}`);
    }
  }
});

test("the Arabic book reads right to left, in order, with sources, notes and the site's fonts", async () => {
  const files = await book("ar", "haftar-alliances");
  assert.deepEqual(Object.keys(files)[0], "mimetype", "the mimetype comes first");
  assert.equal(strFromU8(files.mimetype!), "application/epub+zip");
  const opf = strFromU8(files["EPUB/package.opf"]!);
  assert.match(opf, /<spine page-progression-direction="rtl">/);
  assert.match(opf, /<dc:language>ar<\/dc:language>/);
  assert.match(opf, /media-type="font\/woff2"/);
  assert.ok(files["EPUB/fonts/noto-naskh-arabic-arabic-wght-normal.woff2"], "the Arabic face is embedded");
  const nav = strFromU8(files["EPUB/text/nav.xhtml"]!);
  assert.deepEqual([...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]), ["intro.xhtml", "libya-jordan-military-cooperation.xhtml"], "introduction, then the articles in order");
  const article = strFromU8(files["EPUB/text/libya-jordan-military-cooperation.xhtml"]!);
  assert.match(article, /<html [^>]*xml:lang="ar" lang="ar" dir="rtl">/);
  assert.match(article, /<dt>المصدر<\/dt><dd><bdi>النهار<\/bdi>/, "the source");
  assert.match(article, /<aside class="note"><h2>ملاحظة المحرّر<\/h2>/, "the curator's note");
  const english = strFromU8((await book("en", "haftar-alliances"))["EPUB/package.opf"]!);
  assert.doesNotMatch(english, /page-progression-direction/, "the English book runs left to right");
});

test("the guide's book carries its picture, and its links to its own chapters stay inside it", async () => {
  const files = await book("en", "milaff-guide");
  const images = Object.keys(files).filter((f) => f.startsWith("EPUB/images/"));
  assert.deepEqual(images, ["EPUB/images/content-folders.svg"]);
  const chapters = Object.keys(files).filter((f) => f.startsWith("EPUB/text/") && f !== "EPUB/text/nav.xhtml");
  const all = chapters.map((f) => strFromU8(files[f]!)).join("\n");
  assert.match(all, /<img src="\.\.\/images\/content-folders\.svg"/);
  for (const [, href] of all.matchAll(/<a href="([^"]+)"/g)) {
    if (/^(https?:|mailto:)/.test(href!)) continue;
    const target = `EPUB/text/${href!.split("#")[0]}`;
    assert.ok(files[target], `${href} leads to a chapter of the book`);
  }
});

test("the same content gives byte-identical books in another folder and time zone, and a rebuild takes them from the cache", async () => {
  const zone = process.env.TZ;
  process.env.TZ = "Pacific/Kiritimati";
  try {
    const second = await buildCopy("second");
    for (const lang of ["ar", "en"]) {
      const a = await readFile(path.join(outDir, lang, "milaff-guide", "milaff-guide.epub"));
      const b = await readFile(path.join(second, lang, "milaff-guide", "milaff-guide.epub"));
      assert.ok(a.equals(b), `${lang}: identical`);
    }
  } finally {
    process.env.TZ = zone;
  }
  const cache = path.join(work, "first", ".milaff-cache", "epub");
  const cached = (await readdir(cache)).filter((f) => f.endsWith(".epub"));
  assert.equal(cached.length, 4, "one cached book per dossier language");
  const times = await Promise.all(cached.map(async (f) => (await stat(path.join(cache, f))).mtimeMs));
  await buildSite({ contentDir: path.join(work, "first", "content"), layoutsDir: LAYOUTS_DIR, outDir, base: "/some-repo/" });
  assert.deepEqual(await Promise.all(cached.map(async (f) => (await stat(path.join(cache, f))).mtimeMs)), times, "unchanged content: no book made again");
});

test("epubcheck finds no error and no warning in any book of the sample", async (t) => {
  if (!existsSync(EPUBCHECK_JAR)) return t.skip("epubcheck is not installed (apt-get install epubcheck)");
  for (const lang of ["ar", "en"]) {
    for (const dossier of ["haftar-alliances", "milaff-guide"]) {
      const file = path.join(outDir, lang, dossier, `${dossier}.epub`);
      // The quick JIT level: epubcheck is a short run, and a full JIT triples its time on a busy machine.
      const { stdout, stderr } = await promisify(execFile)("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", EPUBCHECK_JAR, file]).catch((error: { stdout: string; stderr: string }) => error);
      assert.match(stdout, /No errors or warnings detected/, `${lang}/${dossier}: ${stderr}`);
    }
  }
});

test("the Arabic book's chapter, rendered in Chromium, runs right to left in the embedded Naskh face", async () => {
  const files = await book("ar", "haftar-alliances");
  const dir = path.join(work, "unzipped");
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), bytes);
  }
  const server = await serveStatic(dir, "/");
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.origin}/EPUB/text/libya-jordan-military-cooperation.xhtml`);
    const seen = await page.evaluate(async () => {
      await document.fonts.ready;
      const p = document.querySelector(".body p")!;
      return {
        direction: getComputedStyle(p).direction,
        align: p.getBoundingClientRect().right > document.documentElement.clientWidth - 40,
        fonts: [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family),
      };
    });
    assert.equal(seen.direction, "rtl");
    assert.ok(seen.align, "the text starts at the right edge");
    assert.ok(seen.fonts.includes("Noto Naskh Arabic Variable"), `the embedded face is used (${seen.fonts.join(", ")})`);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "epub-ar.png") });
  } finally {
    await browser.close();
    await server.close();
  }
});

