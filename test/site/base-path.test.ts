import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { buildFixture } from "../support/build-fixture.ts";

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

test("with --base /some-repo/, every internal link, stylesheet, font and image starts with /some-repo/", async () => {
  const { outDir } = await buildFixture("bilingual-basic", { base: "/some-repo/" });
  const refs: string[] = [];
  for (const file of await files(outDir)) {
    const text = await readFile(file, "utf8").catch(() => "");
    if (file.endsWith(".html")) refs.push(...[...text.matchAll(/\s(?:href|src|srcset|action)="([^"]*)"/g)].map((m) => m[1]!));
    if (file.endsWith(".css")) refs.push(...[...text.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!));
    if (file.endsWith(".html")) refs.push(...[...text.matchAll(/url=([^"]+)"/g)].map((m) => m[1]!));
  }
  const internal = refs.filter((r) => !/^(https?:|mailto:|#)/.test(r));
  assert.ok(internal.length > 100, `found ${internal.length} internal references`);
  assert.deepEqual(internal.filter((r) => !r.startsWith("/some-repo/")), []);
  for (const kind of [/\.css$/, /\.woff2$/, /\/media\/main\/photo\.svg$/]) assert.ok(internal.some((r) => kind.test(r)), `a reference matching ${kind}`);
});
