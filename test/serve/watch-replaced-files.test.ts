import { renameSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { FIXTURES } from "../support/build-fixture.ts";
import { startServe, type RunningServe } from "../support/start-serve.ts";

/*
 * A file replaced on disk by another one (sed -i, git checkout, milaff import --force, an
 * editor's atomic save) is still seen on later saves: milaff serve rebuilds each time.
 */

let serve: RunningServe;
before(async () => {
  serve = await startServe(path.join(FIXTURES, "serve-edits", "content"));
});
after(() => serve.stop());

const article = () => path.join(serve.content, "dossiers", "notes", "visit.ar.md");
const withBody = (body: string) => readFileSync(article(), "utf8").replace(/\n\n[^]*$/, `\n\n${body}\n`);

test("a file replaced by rename, then edited in place, then replaced again: every change reaches the page", async () => {
  const replaced = `${article()}.new`;
  writeFileSync(replaced, withBody("نص بعد الاستبدال."));
  renameSync(replaced, article());
  await serve.pageWith("/ar/notes/visit/", "نص بعد الاستبدال.");

  writeFileSync(article(), withBody("نص بعد التعديل في مكانه."));
  await serve.pageWith("/ar/notes/visit/", "نص بعد التعديل في مكانه.");

  writeFileSync(replaced, withBody("نص بعد استبدال ثانٍ."));
  renameSync(replaced, article());
  const html = await serve.pageWith("/ar/notes/visit/", "نص بعد استبدال ثانٍ.");
  assert.doesNotMatch(html, /نص بعد التعديل في مكانه/);
});

test("an edit re-renders only the pages it touches", async () => {
  // A rebuild that changed nothing may still come from the replacements above (their last events): not this edit's.
  const updated = serve.nextLine(/^✓ updated (?!0 pages)/);
  writeFileSync(article(), withBody("نص لا يغيّر إلا صفحته."));
  assert.match(await updated, /^✓ updated 1 page in .* ar\/notes\/visit\/index\.html/);
  await serve.pageWith("/ar/notes/visit/", "نص لا يغيّر إلا صفحته.");
});

test("an edited title reaches the article's citation files, which serve writes only for the pages that changed", async () => {
  writeFileSync(article(), readFileSync(article(), "utf8").replace(/^title: .*$/m, "title: الزيارة الأولى"));
  await serve.pageWith("/ar/notes/visit/", "الزيارة الأولى");
  for (const ext of ["bib", "ris", "json"]) await serve.pageWith(`/ar/notes/visit/citation.${ext}`, "الزيارة الأولى");
  // The page of the person it names lists it by its title.
  await serve.pageWith("/ar/people/rana/", "الزيارة الأولى");
});

test("a save that fails verification, then a save that undoes it: the citation files and the card are the article's again", async () => {
  const before = readFileSync(article(), "utf8");
  const card = () => fetch(`${serve.origin}/ar/notes/visit/card.png`).then(async (r) => Buffer.from(await r.arrayBuffer()));
  const cardBefore = await card();
  const failed = serve.nextLine(/^✗/);
  writeFileSync(article(), before.replace(/^title: .*$/m, "title: عنوان لم يُنشر").replace(/\n\n[^]*$/, "\n\n[رابط مكسور](/ar/notes/nowhere/)\n"));
  await failed;
  assert.notDeepEqual(await card(), cardBefore, "the failed save drew its title on the card");
  // Its card and its citation files are written side by side: the update is over when serve says so.
  const updated = serve.nextLine(/^✓ updated/);
  writeFileSync(article(), before);
  await updated;
  const title = /^title: (.*)$/m.exec(before)![1]!;
  for (const ext of ["bib", "ris", "json"]) assert.doesNotMatch(await serve.pageWith(`/ar/notes/visit/citation.${ext}`, title), /عنوان لم يُنشر/);
  assert.deepEqual(await card(), cardBefore);
});

test("a dossier's new title reaches the pages of the people its articles name", async () => {
  const dossier = path.join(serve.content, "dossiers", "notes", "dossier.ar.md");
  writeFileSync(dossier, readFileSync(dossier, "utf8").replace(/^title: .*$/m, "title: ملاحظات الزيارة"));
  await serve.pageWith("/ar/people/rana/", "ملاحظات الزيارة");
});

test("a new article is listed on its dossier page, and the search index follows", async () => {
  writeFileSync(path.join(serve.content, "dossiers", "notes", "second.ar.md"), "---\ntitle: مقال ثانٍ\ndate: 2026-02-01\n---\n\nنص المقال الثاني.\n");
  await serve.pageWith("/ar/notes/", "مقال ثانٍ");
  await serve.pageWith("/ar/notes/second/", "نص المقال الثاني.");
  // Its excerpt text is published when the index is brought up to date.
  await serve.pageWith("/search-text/ar/notes/second.txt", "نص المقال الثاني.");
});
