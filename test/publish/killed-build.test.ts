import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { verifySite } from "../../scripts/verify/verify-site.ts";
import { FIXTURES, SAMPLE_CONTENT } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";
import { snapshot } from "../support/snapshot.ts";

const BIN = path.resolve(import.meta.dirname, "..", "..", "scripts", "milaff.mjs");
const FAIL_PUBLISH = path.resolve(import.meta.dirname, "..", "support", "fail-publish.mjs");
const ARTICLES = 150;

/** The sample content with enough articles that rendering takes a while: time to kill it half-way. */
async function largeContent(root: string): Promise<string> {
  const content = path.join(root, "large-content");
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const dir = path.join(content, "dossiers", "haftar-alliances");
  const [ar, en] = await Promise.all(["ar", "en"].map((l) => readFile(path.join(dir, `libya-jordan-military-cooperation.${l}.md`), "utf8")));
  await Promise.all(
    Array.from({ length: ARTICLES }, (_, i) => [
      writeFile(path.join(dir, `copy-${i}.ar.md`), ar!),
      writeFile(path.join(dir, `copy-${i}.en.md`), en!),
    ]).flat(),
  );
  return content;
}

/** A site built and published once, its files hashed. */
async function published() {
  const root = await mkdtemp(path.join(os.tmpdir(), "milaff-kill-"));
  const out = path.join(root, "_site");
  const first = await runCli(["build", "--content", SAMPLE_CONTENT, "--out", out]);
  assert.equal(first.code, 0, first.stderr);
  return { root, out, before: await snapshot(out) };
}

/** The previous site is whole and holds together: same bytes, and every link and page still resolves. */
async function assertIntact(out: string, before: Record<string, string>) {
  assert.deepEqual(await snapshot(out), before);
  const report = await verifySite(out, "/");
  assert.deepEqual(report.problems, []);
  assert.ok(report.pages > 20);
}

const staging = async (root: string) => (await readdir(root)).filter((n) => n.startsWith("_site.building-"));
/** The output folder and whatever a build left beside it under its name (other tools' caches aside). */
const besideOutput = async (root: string) => (await readdir(root)).filter((n) => n.startsWith("_site")).sort();

test("a build killed with SIGKILL half-way through rendering leaves the previous site intact; the next build removes what it left, and only that", async () => {
  const { root, out, before } = await published();
  const content = await largeContent(root);
  const child = spawn(process.execPath, [BIN, "build", "--content", content, "--out", out], { stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  // Half-way through rendering: Eleventy has written some of the new article pages, wherever it writes them.
  const rendering = async () => {
    for (const dir of await readdir(root)) {
      const articles = path.join(root, dir, "ar", "haftar-alliances");
      if (existsSync(articles) && (await readdir(articles)).some((n) => n.startsWith("copy-"))) return true;
    }
    return false;
  };
  for (let tries = 0; tries < 12_000 && child.exitCode === null && !(await rendering()); tries++) await new Promise((r) => setTimeout(r, 10));
  child.kill("SIGKILL");
  assert.equal(await exited, "SIGKILL", "the build was still running when it was killed");
  await assertIntact(out, before);
  const [left] = await staging(root);
  assert.ok(left, "the killed build left its staging folder");
  const written = (await readdir(path.join(root, left, "ar", "haftar-alliances"))).filter((n) => n.startsWith("copy-")).length;
  assert.ok(written > 0 && written < ARTICLES, `killed while rendering: ${written} of ${ARTICLES} article pages written`);
  assert.equal(existsSync(path.join(root, left, ".nojekyll")), false, "killed before the steps after rendering");

  // Someone's folder that merely looks like a leftover is never removed: no milaff marker inside.
  const decoy = path.join(root, "_site.building-4194000-decoy");
  await mkdir(decoy);
  await writeFile(path.join(decoy, "notes.txt"), "mine\n");
  const next = await runCli(["build", "--content", SAMPLE_CONTENT, "--out", out]);
  assert.equal(next.code, 0, next.stderr);
  assert.deepEqual(await besideOutput(root), ["_site", "_site.building-4194000-decoy"]);
  assert.equal(await readFile(path.join(decoy, "notes.txt"), "utf8"), "mine\n");
});

test("a build failing at the last step (the disk refuses the final rename) leaves the previous site intact and no staging folder", async () => {
  const { root, out, before } = await published();
  const result = await runCli(["build", "--content", path.join(FIXTURES, "bilingual-basic", "content"), "--out", out], {
    nodeOptions: ["--import", FAIL_PUBLISH],
    env: { MILAFF_TEST_PUBLISH: "fail" },
  });
  assert.equal(result.code, 1, result.stdout);
  assert.match(result.stderr, /EIO: i\/o error, rename .*\nNothing was published: .*_site\/ is unchanged\./);
  assert.match(result.stdout, /✓ verify/, "every step before publishing had succeeded");
  await assertIntact(out, before);
  assert.deepEqual(await besideOutput(root), ["_site"]);
});

test("a build killed in the middle of publishing (the old site set aside, the new one not yet in place): the next build puts the old one back, even when it fails itself", async () => {
  const { root, out, before } = await published();
  const killed = await runCli(["build", "--content", path.join(FIXTURES, "bilingual-basic", "content"), "--out", out], {
    nodeOptions: ["--import", FAIL_PUBLISH],
    env: { MILAFF_TEST_PUBLISH: "kill" },
  });
  assert.equal(killed.signal, "SIGKILL");
  assert.equal(existsSync(out), false, "the window this test is about: no _site/ for an instant");
  const failing = await runCli(["build", "--content", path.join(FIXTURES, "five-errors", "content"), "--out", out]);
  assert.equal(failing.code, 1);
  await assertIntact(out, before);
  assert.deepEqual(await besideOutput(root), ["_site"], "both leftovers are gone");
});
