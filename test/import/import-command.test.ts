import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { FIXTURES, SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";

const IMPORT = path.join(FIXTURES, "import");
const RAW = path.join(IMPORT, "raw-article-ar.txt");

/** A copy of the sample content to import into. */
async function contentCopy(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-import-")), "content");
  await cp(SAMPLE_CONTENT, dir, { recursive: true });
  return dir;
}

const listing = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

test("the scraped fixture imports as the article a curator would write by hand, and the report lists every removed line", async () => {
  const content = await contentCopy();
  const before = await listing(content);
  const result = await runCli(["import", RAW, "--dossier", "haftar-alliances", "--dry-run", "--retrieved", "2026-01-10", "--content", content]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, await readFile(path.join(IMPORT, "raw-article-ar.expected.md"), "utf8"));
  const removed = [...result.stderr.matchAll(/^ {2}line (\d+) +.+? {2,}(.+)$/gm)].map((m) => `${m[1]}\t${m[2]}`);
  const expected = (await readFile(path.join(IMPORT, "raw-article-ar.expected-removed.tsv"), "utf8")).trim().split("\n");
  assert.deepEqual(removed, expected);
  assert.match(result.stderr, /date {5}2026-01-09 06:43/);
  assert.match(result.stderr, /id {7}military-cooperation-libya-jordan {2}\(proposed from the title; choose another with --id\)/);
  assert.match(result.stderr, /source {3}النهار {2}→ source\.name \(the text's sources speak to it 3 times: the original publisher\)\n {2}source {3}النشرة \(لبنان\) {2}→ source\.via \(credited at the top of the page\)\n {2}site {5}تواصل نيوز {2}→ source\.via/);
  assert.match(result.stderr, /Dry run: nothing written/);
  assert.deepEqual(await listing(content), before, "a dry run writes nothing");
});

test("the imported file builds into the site without edits", async () => {
  const content = await contentCopy();
  const result = await runCli(["import", RAW, "--dossier", "haftar-alliances", "--id", "haftar-amman-imported", "--content", content]);
  assert.equal(result.code, 0, result.stderr);
  const file = path.join(content, "dossiers", "haftar-alliances", "haftar-amman-imported.ar.md");
  assert.match(await readFile(file, "utf8"), /^title: "تعاون عسكري/m);
  const out = path.join(path.dirname(content), "_site");
  const build = await runCli(["build", "--content", content, "--out", out]);
  assert.equal(build.code, 0, build.stderr);
  const page = await readFile(path.join(out, "ar", "haftar-alliances", "haftar-amman-imported", "index.html"), "utf8");
  assert.match(page, /محادثات بين حفتر ورئيس هيئة الأركان/);
  assert.doesNotMatch(page, /نعرض لكم زوارنا|إخترنا لك|ارسل طباعة/);
});

test("a saved HTML page: the article is kept; scripts, styles, navigation, ads, share bars and comments are not", async () => {
  const content = await contentCopy();
  const result = await runCli(["import", path.join(IMPORT, "saved-page.html"), "--dossier", "haftar-alliances", "--dry-run", "--content", content]);
  assert.equal(result.code, 0, result.stderr);
  const md = result.stdout;
  assert.match(md, /^title: "وفد ليبي يبحث في عمّان توسيع التدريب العسكري المشترك"$/m);
  assert.match(md, /^date: 2026-01-12 14:30$/m);
  assert.match(md, /^ {2}name: "الأخبار اليومية"$/m);
  assert.match(md, /^ {2}caption: "جانب من المحادثات العسكرية الليبية الأردنية في عمّان."$/m);
  for (const sentence of ["بحث وفد عسكري ليبي رفيع", "وقال مصدر مطلع إن المحادثات", "وأضاف المصدر أن الجانبين", "ويرى مراقبون أن تكثيف", "ولم يصدر حتى الآن تعليق رسمي"]) {
    assert.ok(md.includes(sentence), sentence);
  }
  assert.match(md, /\[وكالة الأنباء\]\(https:\/\/example\.org\/report\)/, "web links are kept");
  assert.match(md, /\n\n\* +دورات الطب العسكري\n\* +إزالة الألغام\n\* +القيادة والأركان\n\n/, "a list stays one list");
  assert.match(md, /\n\n\| البرنامج \| المدة \|\n\| --- \| --- \|\n\| الطب العسكري \| ستة أشهر \|\n\| إزالة الألغام \| ثلاثة أشهر \|\n/, "a table stays a table");
  for (const unwanted of ["<script", "track(", "dataLayer", "onclick", "javascript:", "<style", "font-family", "سياسة", "اقتصاد", "إعلان", "فيسبوك", "طباعة", "أخبار ذات صلة", "التعليقات", "مقال ممتاز", "أرسل تعليقك", "جميع الحقوق", "اقرأ أيضاً", "<iframe", "<img"]) {
    assert.ok(!md.includes(unwanted), `${unwanted} must not reach the Markdown`);
  }
  assert.match(result.stderr, /figure 1 → image \(front matter\): caption "جانب من المحادثات العسكرية الليبية الأردنية في عمّان\."; picture not saved: download https:\/\/cdn\.example\.com\/photos\/amman-talks\.jpg into media\/amman-talks\.jpg, then add image\.src/);
});

test("--url fetches the page", async () => {
  const html = await readFile(path.join(IMPORT, "saved-page.html"));
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
    const result = await runCli(["import", "--url", url, "--dossier", "haftar-alliances", "--dry-run", "--content", await contentCopy()]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^ {2}url: "http:\/\/127\.0\.0\.1:\d+\/story"$/m);
    assert.match(result.stdout, /بحث وفد عسكري ليبي رفيع/);
  } finally {
    server.close();
  }
});

test("standard input, in windows-1256 with CRLF, imports like a file", async () => {
  const iconv = (await import("iconv-lite")).default;
  const raw = (await readFile(RAW, "utf8")).replace(/\n/g, "\r\n");
  const result = await runCli(["import", "-", "--dossier", "haftar-alliances", "--dry-run", "--retrieved", "2026-01-10", "--content", await contentCopy()], {
    input: iconv.encode(raw, "windows-1256"),
  });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /plain text, windows-1256/);
  assert.equal(result.stdout, await readFile(path.join(IMPORT, "raw-article-ar.expected.md"), "utf8"));
});

test("a date that cannot be read is left empty with a warning, never guessed", async () => {
  const content = await contentCopy();
  const scratch = await mkdtemp(path.join(os.tmpdir(), "milaff-undated-"));
  const file = path.join(scratch, "undated.txt");
  await writeFile(file, "عنوان بلا تاريخ - موقع ما\n\nنُشر يوم الجمعة الماضي في الصباح.\n\nفقرة أولى من نص المقال.\n");
  const result = await runCli(["import", file, "--dossier", "haftar-alliances", "--id", "undated", "--content", content]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /date {5}not found: write it into date: yourself \(milaff never guesses a date\)/);
  const written = await readFile(path.join(content, "dossiers", "haftar-alliances", "undated.ar.md"), "utf8");
  assert.match(written, /^date: {2}# milaff could not read the date/m);
  const check = await runCli(["check", "--content", content]);
  assert.equal(check.code, 1, "check asks the curator for the date");
  assert.match(check.stderr, /undated\.ar\.md\n {2}date: expected a date written YYYY-MM-DD/);
});

test("bad input: a one-line error saying what to do, a non-zero exit, and nothing written", async () => {
  const content = await contentCopy();
  const before = await listing(content);
  const scratch = await mkdtemp(path.join(os.tmpdir(), "milaff-bad-"));
  const empty = path.join(scratch, "empty.txt");
  const binary = path.join(scratch, "photo.jpg");
  const noArticle = path.join(scratch, "home.html");
  await writeFile(empty, "");
  await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
  await writeFile(noArticle, "<html><body><nav><a href='/'>الرئيسية</a></nav><ul><li><a href='/1'>خبر</a></li></ul></body></html>");
  const taken = path.join(content, "dossiers", "haftar-alliances", "libya-jordan-military-cooperation.ar.md");
  const takenBefore = await readFile(taken, "utf8");
  for (const [args, message] of [
    [[empty, "--dossier", "haftar-alliances"], /empty\.txt is empty: save the article's text or page into it first\./],
    [[binary, "--dossier", "haftar-alliances"], /photo\.jpg looks like a binary file/],
    [[noArticle, "--dossier", "haftar-alliances"], /no article found in .*home\.html: save the article's own page/],
    [[RAW, "--dossier", "no-such-dossier"], /there is no dossier no-such-dossier in .*: create it with milaff new dossier no-such-dossier, or use one of: haftar-alliances, milaff-guide\./],
    [[RAW, "--dossier", "haftar-alliances", "--id", "libya-jordan-military-cooperation"], /libya-jordan-military-cooperation\.ar\.md already exists: choose another id with --id, or replace it with --force\./],
    [[RAW, "--dossier", "haftar-alliances", "--id", "Bad Id"], /--id Bad Id is not a valid id/],
  ] as [string[], RegExp][]) {
    const result = await runCli(["import", ...args, "--content", content]);
    assert.equal(result.code, 1, args.join(" "));
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split("\n").length, 1, `one line: ${result.stderr}`);
  }
  assert.deepEqual(await listing(content), before);
  assert.equal(await readFile(taken, "utf8"), takenBefore, "never overwritten without --force");
  const forced = await runCli(["import", RAW, "--dossier", "haftar-alliances", "--id", "libya-jordan-military-cooperation", "--force", "--content", content]);
  assert.equal(forced.code, 0, forced.stderr);
  assert.notEqual(await readFile(taken, "utf8"), takenBefore, "--force replaces it");
});

test("curators extend the removal rules in content/import-rules.yml", async () => {
  const content = await contentCopy();
  await writeFile(path.join(content, "import-rules.yml"), 'remove:\n  - starts: "من جانبه"\n  - pattern: "^ويرى أبو سعيدة"\n');
  const result = await runCli(["import", RAW, "--dossier", "haftar-alliances", "--dry-run", "--content", content]);
  assert.equal(result.code, 0, result.stderr);
  assert.doesNotMatch(result.stdout, /من جانبه، يقول المحلل|ويرى أبو سعيدة أيضاً/);
  assert.match(result.stderr, /line 20 +rule 1 of import-rules\.yml +من جانبه/);
  assert.match(result.stderr, /line 28 +rule 2 of import-rules\.yml +ويرى أبو سعيدة/);
});
