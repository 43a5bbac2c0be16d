import type { Lang } from "../content/ids.ts";
import type { ContentDate } from "../content/parse-date.ts";
import type { SiteConfig } from "../content/validate-site.ts";

export type DateStyle = "long" | "month" | "year";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl's name for the digits a language is set to write. */
export const numberingSystem = (digits: "arabic" | "latin"): string => (digits === "arabic" ? "arab" : "latn");

function formatter(locale: string, digits: "arabic" | "latin", calendar: SiteConfig["calendar"], style: DateStyle | "time") {
  const key = [locale, digits, calendar, style].join("|");
  let f = formatters.get(key);
  if (!f) {
    const base: Intl.DateTimeFormatOptions = {
      timeZone: "UTC",
      numberingSystem: numberingSystem(digits),
      calendar: calendar === "hijri" ? "islamic-umalqura" : "gregory",
    };
    const shape: Intl.DateTimeFormatOptions =
      {
      time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const,
      year: { year: "numeric" } as const,
      month: { year: "numeric", month: "long" } as const,
      long: { year: "numeric", month: "long", day: "numeric" } as const,
    }[style];
    f = new Intl.DateTimeFormat(locale, { ...base, ...shape });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formatted dates, by everything that decides their text: each article's date is shown on many
 * pages (lists, timelines, entity pages, neighbours), and Intl's format() is costly at scale.
 */
const formatted = new Map<string, string>();

/** A content date in the reader's language, e.g. `٩ يناير ٢٠٢٦` (ar-EG) or `9 January 2026` (en-GB). */
export function formatDate(value: ContentDate, lang: Lang, site: SiteConfig, style: DateStyle = "long"): string {
  const key = [value.date, value.time, lang, site.locale[lang], site.digits[lang], site.calendar, style].join("|");
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = formatUncached(value, lang, site, style)));
  return text;
}

function formatUncached(value: ContentDate, lang: Lang, site: SiteConfig, style: DateStyle): string {
  const [y, m, d] = value.date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = (value.time ?? "00:00").split(":").map(Number) as [number, number];
  const when = new Date(Date.UTC(y, m - 1, d, hh, mm));
  const day = formatter(site.locale[lang], site.digits[lang], site.calendar, style).format(when);
  if (!value.time || style !== "long") return day;
  const time = formatter(site.locale[lang], site.digits[lang], "gregorian", "time").format(when);
  return `${day}${lang === "ar" ? "،" : ","} ${time}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the language's digits. */
export function formatNumber(n: number, lang: Lang, site: SiteConfig): string {
  const key = `${site.locale[lang]}|${site.digits[lang]}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(site.locale[lang], { numberingSystem: numberingSystem(site.digits[lang]), useGrouping: false })));
  return f.format(n);
}
