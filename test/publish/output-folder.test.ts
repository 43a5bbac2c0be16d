import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { LAYOUTS_DIR } from "../../scripts/cli/paths.ts";
import { buildSite } from "../../scripts/publish/build-site.ts";
import { OutputFolderError } from "../../scripts/publish/output-folder.ts";
import { FIXTURES } from "../support/build-fixture.ts";
import { runCli } from "../support/run-cli.ts";
import { snapshot } from "../support/snapshot.ts";

const SMALL = path.join(FIXTURES, "bilingual-basic", "content");

/** A curator's project: package.json, content/, notes of their own, and a home folder. */
async function project() {
  const root = await mkdtemp(path.join(os.tmpdir(), "milaff-out-"));
  const dir = path.join(root, "project");
  await cp(SMALL, path.join(dir, "content"), { recursive: true });
  await writeFile(path.join(dir, "package.json"), '{ "name": "my-dossiers" }\n');
  await mkdir(path.join(dir, "notes"));
  await writeFile(path.join(dir, "notes", "interview.txt"), "months of work\n");
  const home = path.join(root, "home");
  await mkdir(home);
  await writeFile(path.join(home, "thesis.md"), "do not delete\n");
  return { root, dir, home, before: await snapshot(root) };
}

const build = (cwd: string, home: string, ...args: string[]) => runCli(["build", ...args], { cwd, env: { HOME: home } });

const BIN = path.resolve(import.meta.dirname, "..", "..", "scripts", "milaff.mjs");

/** `milaff serve` as a curator starts it: its exit code and what it printed, or null if it was still serving after a minute. */
async function serve(cwd: string, home: string, ...args: string[]): Promise<{ code: number | null; stderr: string }> {
  // Its own process group, so that a server that did start is stopped with everything it started.
  const child = spawn(process.execPath, [BIN, "serve", "--port", "9699", ...args], { cwd, env: { ...process.env, NO_COLOR: "1", HOME: home }, detached: true });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 60_000))]);
  if (code === null) {
    process.kill(-child.pid!, "SIGKILL");
    await exited;
  }
  return { code, stderr };
}

test("milaff serve refuses the same folders before it starts: the content folder even with --force, someone's folder without it; every file is still there byte for byte", async () => {
  const { root, dir, home, before } = await project();
  for (const [args, message] of [
    [["--out", "content", "--force"], /--out content\/ is the content folder: a build replaces its output folder whole/],
    [["--out", "notes"], /notes\/ holds files milaff did not write \(interview\.txt\)/],
  ] as const) {
    const result = await serve(dir, home, ...args);
    assert.equal(result.code, 1, `milaff serve ${args.join(" ")} exits at once (null: it was still serving)\n${result.stderr}`);
    assert.match(result.stderr, message);
    assert.deepEqual(await snapshot(root), before);
  }
});

for (const [out, message] of [
  ["content", /--out content\/ is the content folder: a build replaces its output folder whole, so it would delete it\. Choose a folder of its own for the site, e\.g\. --out _site \(--force does not change this\)\./],
  [".", /--out \.\/ is the project folder you are working in: a build replaces its output folder whole/],
  ["..", /--out \.\.\/ holds the content folder \(content\)|--out \.\.\/ holds the project folder you are working in/],
  ["content/dossiers", /--out content\/dossiers\/ is inside the content folder \(content\): the site would be read back as content/],
] as const) {
  test(`milaff build --out ${out} is refused, even with --force, and every file is still there byte for byte`, async () => {
    const { root, dir, home, before } = await project();
    for (const force of [[], ["--force"]]) {
      const result = await build(dir, home, "--out", out, ...force);
      assert.equal(result.code, 1, result.stdout);
      assert.match(result.stderr, message);
      assert.deepEqual(await snapshot(root), before);
    }
  });
}

test("the home folder, and a folder holding it, are refused even with --force", async () => {
  const { root, dir, home, before } = await project();
  for (const out of [home, root]) {
    const result = await build(dir, home, "--content", "content", "--out", out, "--force");
    assert.equal(result.code, 1);
    assert.match(result.stderr, /holds (your home folder|the project folder|the content folder)|is your home folder/);
  }
  const exact = await build(dir, home, "--out", home, "--force");
  assert.match(exact.stderr, new RegExp(`--out ${home.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}/ is your home folder`));
  assert.deepEqual(await snapshot(root), before);
});

test("another project folder (one holding package.json or content/) is refused even with --force", async () => {
  const { root, dir, home } = await project();
  const other = path.join(root, "other-project");
  await cp(dir, other, { recursive: true });
  const before = await snapshot(root);
  const result = await build(dir, home, "--out", other, "--force");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /holds a content\/ folder, so it is a project folder/);
  assert.deepEqual(await snapshot(root), before);
});

test("the layouts folder is refused, even with --force", async () => {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "milaff-out-"));
  const layouts = path.join(scratch, "layouts");
  await cp(LAYOUTS_DIR, layouts, { recursive: true });
  const before = await snapshot(scratch);
  for (const outDir of [layouts, scratch]) {
    const error = await buildSite({ contentDir: SMALL, layoutsDir: layouts, outDir, force: true }).then(() => null, (e: unknown) => e);
    assert.ok(error instanceof OutputFolderError, String(error));
    assert.match(error.message, /(is|holds) the layouts folder/);
  }
  assert.deepEqual(await snapshot(scratch), before);
});

test("a folder of someone else's files is refused with its name and --force; --force replaces it", async () => {
  const { root, dir, home, before } = await project();
  const result = await build(dir, home, "--out", "notes");
  assert.equal(result.code, 1);
  assert.match(result.stderr, /✗ notes\/ holds files milaff did not write \(interview\.txt\): a build replaces its output folder whole, so milaff leaves this one alone\. Choose another folder with --out, empty this one, or pass --force to replace it and everything in it\./);
  assert.deepEqual(await snapshot(root), before);
  const file = path.join(dir, "a-file");
  await writeFile(file, "mine\n");
  const onFile = await build(dir, home, "--out", "a-file", "--force");
  assert.match(onFile.stderr, /--out a-file is a file, not a folder/);
  assert.equal(await readFile(file, "utf8"), "mine\n");
  const forced = await build(dir, home, "--out", "notes", "--force");
  assert.equal(forced.code, 0, forced.stderr);
  assert.ok((await readdir(path.join(dir, "notes"))).includes("index.html"));
});

test("a missing folder, an empty folder and a folder milaff wrote are built into; the output carries milaff's marker", async () => {
  const { dir, home } = await project();
  const first = await build(dir, home);
  assert.equal(first.code, 0, first.stderr);
  assert.match(await readFile(path.join(dir, "_site", ".milaff-output"), "utf8"), /written by milaff/);
  const again = await build(dir, home);
  assert.equal(again.code, 0, again.stderr);
  await mkdir(path.join(dir, "empty"));
  const empty = await build(dir, home, "--out", "empty");
  assert.equal(empty.code, 0, empty.stderr);
  assert.deepEqual(await readFile(path.join(dir, "notes", "interview.txt"), "utf8"), "months of work\n");
});
