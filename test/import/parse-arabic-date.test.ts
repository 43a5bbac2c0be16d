import assert from "node:assert/strict";
import { test } from "node:test";
import { findDate } from "../../scripts/import/parse-arabic-date.ts";

const cases: [string, string, string | null, string?][] = [
  // [form, text, date, time]
  ["weekday, Egyptian month, morning", "اليوم الجمعة 9 يناير 2026 06:43 صباحاً", "2026-01-09", "06:43"],
  ["evening becomes 24-hour time", "الخميس 8 يناير 2026 06:43 مساءً", "2026-01-08", "18:43"],
  ["12 in the morning is midnight", "9 يناير 2026 12:05 صباحا", "2026-01-09", "00:05"],
  ["short ص/م", "9 يناير 2026 - 7:15 م", "2026-01-09", "19:15"],
  ["Levantine two-word month", "الأحد ١١ كانون الثاني ٢٠٢٦", "2026-01-11", undefined],
  ["Levantine month, Arabic-Indic digits and time", "٣ تشرين الأول ٢٠٢٥، الساعة ٠٩:٣٠", "2025-10-03", "09:30"],
  ["Levantine one-word month", "12 أيلول 2024", "2024-09-12", undefined],
  ["Maghrebi (Algeria, Tunisia)", "9 جانفي 2026", "2026-01-09", undefined],
  ["Maghrebi (Morocco)", "الخميس 12 شتنبر 2024", "2024-09-12", undefined],
  ["month variant يونيه", "5 يونيه 2023", "2023-06-05", undefined],
  ["Persian digits", "۹ يناير ۲۰۲۶", "2026-01-09", undefined],
  ["ISO date", "2026-01-09", "2026-01-09", undefined],
  ["ISO timestamp", "2026-01-09T06:43:00+03:00", "2026-01-09", "06:43"],
  ["numeric, day first", "نشر في 09/01/2026", "2026-01-09", undefined],
  ["numeric, year first", "2026/1/9", "2026-01-09", undefined],
  ["English", "January 9, 2026 at 6:43 pm", "2026-01-09", "18:43"],
  ["a day that does not exist", "31 فبراير 2026", null],
  ["no year: not guessed", "9 يناير", null],
  ["only a weekday", "الجمعة", null],
];

for (const [form, text, date, time] of cases) {
  test(`Arabic dates: ${form}`, () => {
    const found = findDate(text);
    if (date === null) return assert.equal(found, null);
    assert.deepEqual(found, time ? { date, time } : { date });
  });
}
