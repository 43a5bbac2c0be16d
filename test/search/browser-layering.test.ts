import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { build } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

test("the search page's bundle takes code from scripts/browser, scripts/search and scripts/text only", async () => {
  const result = await build({ entryPoints: [path.join(ROOT, "scripts", "browser", "search", "search-page.ts")], bundle: true, format: "esm", write: false, metafile: true, absWorkingDir: ROOT });
  const outside = Object.keys(result.metafile.inputs).filter((file) => !/^(scripts\/(browser|search|text)\/|node_modules\/)/.test(file));
  assert.deepEqual(outside, []);
});
