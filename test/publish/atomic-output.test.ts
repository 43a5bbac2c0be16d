import assert from "node:assert/strict";
import { mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { FIXTURES, SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";
import { snapshot } from "../support/snapshot.ts";

async function publishedSite() {
  const parent = await mkdtemp(path.join(os.tmpdir(), "milaff-atomic-"));
  const out = path.join(parent, "_site");
  const first = await runCli(["build", "--content", SAMPLE_CONTENT, "--out", out]);
  assert.equal(first.code, 0, first.stderr);
  return { parent, out, before: await snapshot(out) };
}

test("a build with 5 content errors exits non-zero, names all 5, and leaves the published site byte-identical", async () => {
  const { parent, out, before } = await publishedSite();
  const result = await runCli(["build", "--content", path.join(FIXTURES, "five-errors", "content"), "--out", out]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /5 problems in 5 files/);
  for (const [file, field] of [
    ["bad-date.ar.md", "date:"],
    ["missing-image.ar.md", "image.src:"],
    ["unknown-entity.ar.md", "people[1]:"],
    ["unknown-field.ar.md", "sumary:"],
    ["حفتر.ar.md", "(file name):"],
  ] as const) {
    assert.match(result.stderr, new RegExp(`${file.replace(".", "\\.")}\\n  ${field.replace(/[[\]()]/g, "\\$&")} expected`), `${file} ${field}`);
  }
  assert.match(result.stderr, /Nothing was published: .*_site\/ is unchanged\./);
  assert.deepEqual(await snapshot(out), before);
  assert.deepEqual(await readdir(parent), ["_site"], "no staging folder is left behind");
});

test("a build that fails late (a broken link found by verify) also leaves the published site untouched", async () => {
  const { parent, out, before } = await publishedSite();
  const result = await runCli(["build", "--content", path.join(FIXTURES, "broken-link", "content"), "--out", out]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /broken-link\/content\/dossiers\/d\/a\.en\.md: \/en\/d\/nowhere\/ leads nowhere: the site has no page or file there \(on en\/d\/a\/index\.html\)/);
  assert.match(result.stderr, /points to a missing anchor #nope/);
  assert.deepEqual(await snapshot(out), before);
  assert.deepEqual(await readdir(parent), ["_site"]);
});

test("milaff check reports the same problems without building anything", async () => {
  const result = await runCli(["check", "--content", path.join(FIXTURES, "five-errors", "content")]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /5 problems in 5 files/);
  const ok = await runCli(["check", "--content", SAMPLE_CONTENT]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /is valid/);
});
