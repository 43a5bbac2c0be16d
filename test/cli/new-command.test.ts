import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";

test("milaff new scaffolds a dossier and an article in both languages that pass check and build", async () => {
  const content = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-new-")), "content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const dossier = await runCli(["new", "dossier", "tripoli-talks", "--content", content]);
  assert.equal(dossier.code, 0, dossier.stderr);
  assert.match(dossier.stdout, /\+ .*tripoli-talks\/dossier\.ar\.md\n\+ .*tripoli-talks\/dossier\.en\.md/);
  const article = await runCli(["new", "article", "tripoli-talks", "first-meeting", "--content", content]);
  assert.equal(article.code, 0, article.stderr);
  const ar = await readFile(path.join(content, "dossiers", "tripoli-talks", "first-meeting.ar.md"), "utf8");
  assert.match(ar, /^title: "عنوان المقال"$/m);
  assert.match(ar, /^ {2}status: original/m);
  assert.match(await readFile(path.join(content, "dossiers", "tripoli-talks", "first-meeting.en.md"), "utf8"), /^ {2}status: translated/m);
  const check = await runCli(["check", "--content", content]);
  assert.equal(check.code, 0, check.stderr);
  const build = await runCli(["build", "--content", content, "--out", path.join(path.dirname(content), "_site")]);
  assert.equal(build.code, 0, build.stderr);
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
