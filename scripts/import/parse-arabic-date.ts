import type { ContentDate } from "../content/parse-date.ts";
import { comparable } from "./comparable.ts";

/*
 * Dates as Arabic news sites print them: "الجمعة 9 يناير 2026 06:43 صباحاً", "٩ كانون الثاني
 * ٢٠٢٦", "9 جانفي 2026", "2026-01-09", "09/01/2026" (day first, the Arabic convention).
 * A date that cannot be read is null: never guessed.
 */

const MONTHS: [string, number][] = [
  // Levantine and Iraqi (two-word names first, so "كانون الثاني" is not read as "كانون")
  ["كانون الثاني", 1], ["شباط", 2], ["اذار", 3], ["نيسان", 4], ["ايار", 5], ["حزيران", 6],
  ["تموز", 7], ["اب", 8], ["ايلول", 9], ["تشرين الاول", 10], ["تشرين الثاني", 11], ["كانون الاول", 12],
  // Egyptian and Gulf
  ["يناير", 1], ["فبراير", 2], ["مارس", 3], ["ابريل", 4], ["مايو", 5], ["يونيو", 6], ["يونيه", 6],
  ["يوليو", 7], ["يوليه", 7], ["اغسطس", 8], ["سبتمبر", 9], ["اكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
  // Maghrebi: Algeria and Tunisia, then Morocco
  ["جانفي", 1], ["فيفري", 2], ["افريل", 4], ["ماي", 5], ["جوان", 6], ["جويليه", 7], ["اوت", 8],
  ["يوليوز", 7], ["غشت", 8], ["شتنبر", 9], ["نونبر", 11], ["دجنبر", 12],
  // English
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7],
  ["august", 8], ["september", 9], ["october", 10], ["november", 11], ["december", 12],
];
const MONTH = new Map(MONTHS);
const NAMES = [...MONTH.keys()].sort((a, b) => b.length - a.length).join("|");

const TIME = String.raw`(?:[\s،,-]+(?:الساعه\s*|at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*(صباحا|مساء|ص|م|am|pm)?)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\d])(\d{1,2})\s*(?:من\s+)?(${NAMES})(?![\u0621-\u064A])[\s،,]*(?:سنه|عام)?\s*(\d{4})` + TIME, "i");
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(${NAMES})\s+(\d{1,2}),?\s+(\d{4})` + TIME, "i");
const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{2}):(\d{2}))?/;
const YMD = /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/;
const DMY = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/;

function make(year: number, month: number, day: number, hour?: string, minute?: string, half?: string): ContentDate | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (hour === undefined || minute === undefined) return { date };
  let h = Number(hour);
  const m = Number(minute);
  if (h > 23 || m > 59) return null;
  const pm = half === "مساء" || half === "م" || half === "pm";
  const am = half === "صباحا" || half === "ص" || half === "am";
  if ((pm || am) && (h < 1 || h > 12)) return null;
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  return { date, time: `${String(h).padStart(2, "0")}:${minute}` };
}

/** The first date written in a line of text, or null. */
export function findDate(text: string): ContentDate | null {
  // Folds what varies between sites but not between dates (digits, hamza, case).
  const t = comparable(text);
  let m = DAY_MONTH_YEAR.exec(t);
  if (m) return make(Number(m[3]), MONTH.get(m[2]!.toLowerCase())!, Number(m[1]), m[4], m[5], m[6]?.toLowerCase());
  m = MONTH_DAY_YEAR.exec(t);
  if (m) return make(Number(m[3]), MONTH.get(m[1]!.toLowerCase())!, Number(m[2]), m[4], m[5], m[6]?.toLowerCase());
  m = ISO.exec(t);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]);
  m = YMD.exec(t);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY.exec(t);
  if (m) return make(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
