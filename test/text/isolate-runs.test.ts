import assert from "node:assert/strict";
import { test } from "node:test";
import { isolatedRuns, type Dir } from "../../scripts/text/isolate-runs.ts";

const runs = (text: string, dir: Dir) => isolatedRuns(text, 0, text.length, dir).map((r) => text.slice(r.start, r.end));

test("Latin inside Arabic: paths keep their slashes, quotes and sentence punctuation stay outside, phrases stay whole", () => {
  assert.deepEqual(runs("تُعرَّف في content/entities.yml، موزّعة: people للأشخاص، وorgs و«npm run build» (Amman's) ٢٠٢٦، ثم --site dossiers/.", "rtl"), [
    "content/entities.yml",
    "people",
    "orgs",
    "npm run build",
    "Amman's",
    "--site dossiers/",
  ]);
  assert.deepEqual(runs("يعمل مع Pagefind 1.6, Eleventy and Hugo.", "rtl"), ["Pagefind 1.6", "Eleventy and Hugo"]);
});

test("Arabic inside English: each word of a list keeps its place", () => {
  assert.deepEqual(runs("the letters و, ف, ب and ل, so والأردن finds «الأردن».", "ltr"), ["و", "ف", "ب", "ل", "والأردن", "الأردن"]);
  assert.deepEqual(runs("Nothing to isolate, ٢٠٢٦.", "ltr"), []);
});
