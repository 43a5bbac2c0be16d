import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, rename, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { FIXTURES } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";
import { snapshot } from "../support/snapshot.ts";

/*
 * The bad-input corpus: one small content folder per case under test/fixtures/bad/, each with
 * the exact report milaff gives (expected.txt). Large or machine-specific inputs (a 50 MB image,
 * a 5 MB article, a link out of content/) are made here, not committed.
 */
const BAD = path.join(FIXTURES, "bad");
const CASES = (await readdir(BAD)).sort();

/** Inputs that cannot be committed, made into the case's copy; returns values for expected.txt's {placeholders}. */
async function makeGenerated(name: string, dir: string): Promise<Record<string, string>> {
  const dossier = path.join(dir, "content", "dossiers", "d");
  if (name === "image-50mb") {
    const jpeg = Buffer.alloc(50_000_000);
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(jpeg);
    await mkdir(path.join(dossier, "media"), { recursive: true });
    await writeFile(path.join(dossier, "media", "huge.jpg"), jpeg);
  }
  if (name === "article-5mb") {
    const paragraph = `${"نص طويل ".repeat(100)}\n\n`;
    await writeFile(path.join(dossier, "a.ar.md"), `---\ntitle: مقال\ndate: 2026-01-09\n---\n\n${paragraph.repeat(Math.ceil(5_000_000 / Buffer.byteLength(paragraph)))}`);
  }
  if (name === "symlink-outside") {
    const outside = path.join(dir, "private-notes.txt");
    await writeFile(outside, "not for the web\n");
    await mkdir(path.join(dossier, "media"), { recursive: true });
    await symlink(outside, path.join(dossier, "media", "notes.txt"));
    return { outside };
  }
  return {};
}

async function caseCopy(name: string) {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-bad-")), name);
  await cp(path.join(BAD, name), dir, { recursive: true });
  const values = await makeGenerated(name, dir);
  let expected = await readFile(path.join(dir, "expected.txt"), "utf8");
  for (const [key, value] of Object.entries(values)) expected = expected.replaceAll(`{${key}}`, value);
  return { dir, expected };
}

/** A published site each failing build must leave exactly as it was. */
const published = await (async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "milaff-bad-site-"));
  const out = path.join(dir, "_site");
  const result = await runCli(["build", "--content", path.join(FIXTURES, "bilingual-basic", "content"), "--out", out]);
  assert.equal(result.code, 0, result.stderr);
  return { out, before: await snapshot(out) };
})();

for (const name of CASES) {
  test(`bad input: ${name}`, async () => {
    const { dir, expected } = await caseCopy(name);
    const warningOnly = expected.startsWith("⚠");
    if (warningOnly) {
      // The build can safely go on: a warning with file, field and fix, and a zero exit.
      const check = await runCli(["check"], { cwd: dir });
      assert.equal(check.code, 0, check.stderr);
      assert.equal(check.stderr, expected);
      return;
    }
    const build = await runCli(["build", "--out", published.out], { cwd: dir });
    assert.equal(build.code, 1, build.stdout);
    assert.equal(build.stderr, `${expected.trimEnd()}\nNothing was published: ${published.out}/ is unchanged.\n`);
    assert.deepEqual(await snapshot(published.out), published.before, "the previous site is untouched");
  });
}

test("every problem of every bad case is reported in one run", async () => {
  const root = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-bad-all-")), "content");
  await cp(path.join(FIXTURES, "bilingual-basic", "content"), root, { recursive: true });
  let expectedProblems = 0;
  const counted: string[] = [];
  for (const name of CASES) {
    const { dir, expected } = await caseCopy(name);
    // Cases about site.yml or entities.yml, and warnings, have no dossier of their own to bring.
    if (expected.startsWith("⚠") || expected.includes("content/site.yml") || expected.includes("content/entities.yml")) continue;
    for (const dossier of await readdir(path.join(dir, "content", "dossiers"))) {
      const target = path.join(root, "dossiers", `${name}-${dossier}`);
      await cp(path.join(dir, "content", "dossiers", dossier), target, { recursive: true, verbatimSymlinks: true });
      // Cases reuse the ids a and talks: prefixed with the case, so that cases do not collide here.
      for (const file of await readdir(target)) {
        if (/^(a|talks)\./.test(file)) await rename(path.join(target, file), path.join(target, `${name}-${file}`));
      }
    }
    expectedProblems += Number(/^✗ (\d+) problems? in/.exec(expected)![1]);
    counted.push(name);
  }
  const check = await runCli(["check", "--content", root]);
  assert.equal(check.code, 1);
  assert.match(check.stderr, new RegExp(`^✗ ${expectedProblems} problems in `, "m"), `${counted.length} cases: ${counted.join(", ")}`);
  for (const name of counted) assert.ok(check.stderr.includes(`dossiers/${name}-`), `${name} is reported`);
});
