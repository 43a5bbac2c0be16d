import assert from "node:assert/strict";
import { mkdir, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { filesUnder, folderDifferences } from "../support/compare-folders.ts";
import { writeGeneratedContent } from "../support/generated-content.ts";
import { runCli } from "../support/run-cli.ts";

test("the same content built twice, in different folders, time zones and scratch file systems, gives byte-identical sites, search index included", async () => {
  const first = await mkdtemp(path.join(os.tmpdir(), "milaff-same-a-"));
  const second = await mkdtemp(path.join(os.tmpdir(), "milaff-same-other-place-"));
  // Pagefind's input on another file system than the default (/dev/shm where there is one): it lists folders in another order.
  const scratch = await mkdtemp(path.join(os.tmpdir(), "milaff-scratch-"));
  const builds: { dir: string; env: Record<string, string> }[] = [
    { dir: first, env: { TZ: "UTC", LANG: "C" } },
    { dir: path.join(second, "nested folder"), env: { TZ: "Pacific/Kiritimati", LANG: "ar_EG.UTF-8", MILAFF_TMPDIR: scratch } },
  ];
  for (const [i, build] of builds.entries()) {
    if (i) await new Promise((resolve) => setTimeout(resolve, 1100)); // another second on the clock
    await mkdir(build.dir, { recursive: true });
    const content = await writeGeneratedContent(build.dir);
    const result = await runCli(["build", "--content", content, "--out", path.join(build.dir, "_site")], { env: build.env });
    assert.equal(result.code, 0, result.stderr);
  }
  const [a, b] = builds.map((build) => path.join(build.dir, "_site")) as [string, string];
  const chunks = (await filesUnder(a)).filter((f) => f.startsWith(path.join("pagefind", "index") + path.sep));
  assert.ok(chunks.length >= 3, `the search index is split into several chunks (${chunks.length})`);
  assert.deepEqual(await folderDifferences(a, b), []);
});
