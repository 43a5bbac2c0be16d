import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";

/*
 * milaff runs from a compiled copy of scripts/ (scripts/compiled-cli.mjs). A copy of the
 * project, with its own node_modules/ of links so that its compiled builds stay apart, shows
 * that an edited source is what the next start runs, never the build made before the edit.
 */

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const project = mkdtempSync(path.join(os.tmpdir(), "milaff-compiled-"));
after(() => rmSync(project, { recursive: true, force: true }));

cpSync(path.join(ROOT, "scripts"), path.join(project, "scripts"), { recursive: true });
cpSync(path.join(ROOT, "layouts"), path.join(project, "layouts"), { recursive: true });
mkdirSync(path.join(project, "node_modules"));
for (const entry of readdirSync(path.join(ROOT, "node_modules"))) {
  if (entry !== ".cache") symlinkSync(path.join(ROOT, "node_modules", entry), path.join(project, "node_modules", entry));
}

const milaff = (...args: string[]) => spawnSync(process.execPath, [path.join(project, "scripts", "milaff.mjs"), ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
const builds = () => readdirSync(path.join(project, "node_modules", ".cache", "milaff")).filter((name) => name.startsWith("cli-"));

test("the first start compiles milaff; later starts reuse that build", () => {
  const first = milaff("--help");
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /build\s+Check the content/);
  assert.equal(builds().length, 1);
  assert.equal(milaff("--help").status, 0);
  assert.equal(builds().length, 1);
});

test("after a source changes, the next start runs the changed source", () => {
  const file = path.join(project, "scripts", "cli", "build-command.ts");
  writeFileSync(file, readFileSync(file, "utf8").replace("Check the content, then build the site", "Check the edited content, then build the site"));
  const result = milaff("--help");
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /build\s+Check the edited content/);
  assert.equal(builds().length, 2);
});

test("a compiled milaff finds its layouts and builds a site", () => {
  const out = path.join(project, "_site");
  const result = milaff("build", "--content", path.join(ROOT, "test", "fixtures", "bilingual-basic", "content"), "--out", out);
  assert.equal(result.status, 0, result.stderr);
  assert.match(readFileSync(path.join(out, "ar", "index.html"), "utf8"), /<html lang="ar" dir="rtl"/);
});
