import assert from "node:assert/strict";
import { test } from "node:test";
import { parseContentDate } from "../../scripts/content/parse-date.ts";

test("front matter dates: day, day with time, ISO timestamps", () => {
  assert.deepEqual(parseContentDate("2026-01-09"), { date: "2026-01-09" });
  assert.deepEqual(parseContentDate("2026-01-09 06:43"), { date: "2026-01-09", time: "06:43" });
  assert.deepEqual(parseContentDate("2026-01-09T06:43:10+03:00"), { date: "2026-01-09", time: "06:43" });
  assert.deepEqual(parseContentDate(" 2026-01-09T18:05Z "), { date: "2026-01-09", time: "18:05" });
});

test("dates that do not exist or are written another way are refused, never guessed", () => {
  for (const bad of ["2026-02-30", "2026-13-01", "09-01-2026", "9 يناير 2026", "2026/01/09", "2026-01-09 25:00", "2026-1-9", ""]) {
    assert.equal(parseContentDate(bad), null, bad);
  }
});
