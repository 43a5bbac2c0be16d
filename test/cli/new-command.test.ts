import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";

test("milaff new writes drafts with the fields to fill marked: check passes them, build leaves them out, a placeholder title is refused once published", async () => {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-new-")), "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const dossier = await runCli(["new", "dossier", "tripoli-talks", "--content", content]);
  assert.equal(dossier.code, 0, dossier.stderr);
  assert.match(dossier.stdout, /\+ .*tripoli-talks\/dossier\.ar\.md\n\+ .*tripoli-talks\/dossier\.en\.md/);
  const article = await runCli(["new", "article", "tripoli-talks", "first-meeting", "--content", content]);
  assert.equal(article.code, 0, article.stderr);
  const arFile = path.join(content, "dossiers", "tripoli-talks", "first-meeting.ar.md");
  const ar = await readFile(arFile, "utf8");
  assert.match(ar, /^title: "عنوان المقال" {2}# ← fill in$/m);
  assert.match(ar, /^date: {2}# ← fill in: the original publication date/m, "no made-up publication date");
  assert.match(ar, /^draft: true {2}# remove this line to publish/m);
  assert.match(ar, /^ {2}status: original/m);
  const dossierAr = await readFile(path.join(content, "dossiers", "tripoli-talks", "dossier.ar.md"), "utf8");
  assert.match(dossierAr, /^title: "عنوان الملف" {2}# ← fill in$/m);
  assert.match(dossierAr, /^draft: true/m);
  assert.match(await readFile(path.join(content, "dossiers", "tripoli-talks", "first-meeting.en.md"), "utf8"), /^ {2}status: translated/m);
  const check = await runCli(["check", "--content", content]);
  assert.equal(check.code, 0, check.stderr);
  assert.doesNotMatch(check.stderr, /warning/, "fresh drafts are not old drafts");
  const out = path.join(path.dirname(content), "_site");
  const build = await runCli(["build", "--content", content, "--out", out]);
  assert.equal(build.code, 0, build.stderr);
  assert.equal(await readdir(path.join(out, "ar")).then((names) => names.includes("tripoli-talks")), false, "drafts are not published");

  // Publishing the draft with its placeholder title left in is refused; the date, once missing, is asked for.
  await writeFile(arFile, ar.replace(/^draft: true.*\n/m, ""));
  const published = await runCli(["check", "--content", content]);
  assert.equal(published.code, 1);
  assert.match(published.stderr, /first-meeting\.ar\.md\n {2}date: expected a date written YYYY-MM-DD, optionally with a time HH:MM, found an empty value\./);
  assert.match(published.stderr, /first-meeting\.ar\.md\n(?:.*\n)* {2}title: expected the article's own title, found "عنوان المقال", the placeholder milaff new wrote\.\n {4}Fix: write the title, or keep draft: true until the file is ready to publish\./);
});

test("check warns about a draft whose retrieved: date is more than a week old, and never fails for it", async () => {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-new-")), "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const made = await runCli(["new", "article", "haftar-alliances", "left-behind", "--only", "en", "--title", "Talks in Benghazi", "--content", content]);
  assert.equal(made.code, 0, made.stderr);
  const file = path.join(content, "dossiers", "haftar-alliances", "left-behind.en.md");
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const sixDaysAgo = new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10);
  const text = (await readFile(file, "utf8")).replace(/^retrieved: \S+/m, `retrieved: ${sixDaysAgo}`).replace(/^ {2}status: \w+/m, "  status: original");
  await writeFile(file, text);
  const recent = await runCli(["check", "--content", content]);
  assert.equal(recent.code, 0, recent.stderr);
  assert.doesNotMatch(recent.stderr, /left-behind/);
  await writeFile(file, text.replace(`retrieved: ${sixDaysAgo}`, `retrieved: ${tenDaysAgo}`));
  const old = await runCli(["check", "--content", content]);
  assert.equal(old.code, 0, old.stderr);
  assert.match(old.stderr, new RegExp(`⚠ 1 warning in 1 file:\\n\\n.*left-behind\\.en\\.md\\n {2}draft: expected a draft finished within a week, found a draft since ${tenDaysAgo} \\(retrieved:\\), 10 days ago\\.`));
});

test("milaff new refuses bad ids, unknown dossiers and existing files, writing nothing", async () => {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-new-")), "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const bad = await runCli(["new", "dossier", "Tripoli Talks", "--content", content]);
  assert.equal(bad.code, 2, "a usage error");
  assert.match(bad.stderr, /"Tripoli Talks" is not a valid id: use lowercase a-z, 0-9 and hyphens, e\.g\. tripoli-talks\./);
  const missing = await runCli(["new", "article", "no-such", "x", "--content", content]);
  assert.match(missing.stderr, /there is no dossier no-such/);
  const existing = await runCli(["new", "article", "haftar-alliances", "libya-jordan-military-cooperation", "--content", content]);
  assert.equal(existing.code, 1);
  assert.match(existing.stderr, /libya-jordan-military-cooperation\.ar\.md already exists; milaff new never overwrites/);
  assert.equal(
    await readFile(path.join(content, "dossiers", "haftar-alliances", "libya-jordan-military-cooperation.ar.md"), "utf8"),
    await readFile(path.join(SAMPLE_CONTENT, "dossiers", "haftar-alliances", "libya-jordan-military-cooperation.ar.md"), "utf8"),
  );
});

test("milaff new creates files only in the languages site.yml lists", async () => {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-new-")), "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const site = await readFile(path.join(content, "site.yml"), "utf8");
  await writeFile(path.join(content, "site.yml"), site.replace("languages: [ar, en]", "languages: [ar]"));
  const result = await runCli(["new", "dossier", "arabic-only", "--content", content]);
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(await readdir(path.join(content, "dossiers", "arabic-only")), ["dossier.ar.md", "media"]);
  const wrong = await runCli(["new", "article", "arabic-only", "x", "--only", "en", "--content", content]);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /--only takes one of this site's languages \(ar\), not "en"/);
});
