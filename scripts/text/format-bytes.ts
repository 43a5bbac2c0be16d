/** 3.4 MB, ٣٫٤ ميغابايت: megabytes from one up, kilobytes below, in a locale (digits included) and unit display. */
export function formatBytes(bytes: number, locale: string, unitDisplay: "short" | "long"): string {
  const mega = bytes >= 1e6;
  const value = mega ? bytes / 1e6 : Math.max(1, Math.round(bytes / 1e3));
  return new Intl.NumberFormat(locale, { style: "unit", unit: mega ? "megabyte" : "kilobyte", unitDisplay, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}
