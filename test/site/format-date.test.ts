import assert from "node:assert/strict";
import { test } from "node:test";
import type { SiteConfig } from "../../scripts/content/validate-site.ts";
import { formatDate } from "../../scripts/text/format-date.ts";

const site = (over: Partial<SiteConfig>): SiteConfig => ({
  title: { ar: "", en: "" },
  description: {},
  languages: ["ar", "en"],
  locale: { ar: "ar-EG", en: "en-GB" },
  digits: { ar: "arabic", en: "latin" },
  calendar: "gregorian",
  ...over,
});

test("Arabic dates follow the configured locale's month names", () => {
  assert.equal(formatDate({ date: "2026-01-09" }, "ar", site({})), "٩ يناير ٢٠٢٦");
  assert.equal(formatDate({ date: "2026-01-09" }, "ar", site({ locale: { ar: "ar-SY", en: "en-GB" } })), "٩ كانون الثاني ٢٠٢٦");
});

test("Arabic dates in Latin digits when the site asks for them", () => {
  assert.equal(formatDate({ date: "2026-01-09" }, "ar", site({ digits: { ar: "latin", en: "latin" } })), "9 يناير 2026");
  assert.equal(formatDate({ date: "2026-01-09", time: "06:43" }, "ar", site({ digits: { ar: "latin", en: "latin" } })), "9 يناير 2026، 06:43");
});

test("English dates, with the time when the article has one", () => {
  assert.equal(formatDate({ date: "2026-01-09", time: "06:43" }, "en", site({})), "9 January 2026, 06:43");
  assert.equal(formatDate({ date: "2026-01-09" }, "en", site({ locale: { ar: "ar-EG", en: "en-US" } })), "January 9, 2026");
  assert.equal(formatDate({ date: "2026-01-09" }, "en", site({ digits: { ar: "arabic", en: "arabic" } })), "٩ January ٢٠٢٦");
});

test("Hijri calendar as an option", () => {
  assert.equal(formatDate({ date: "2026-01-09" }, "ar", site({ calendar: "hijri" })), "٢٠ رجب ١٤٤٧ هـ");
  assert.match(formatDate({ date: "2026-01-09" }, "en", site({ calendar: "hijri" })), /Rajab 1447/);
});
