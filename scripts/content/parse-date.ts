/** A calendar date as the curator wrote it, with an optional wall-clock time; no time zone games. */
export interface ContentDate {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, when given */
  time?: string;
}

const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses `2026-01-09`, `2026-01-09 06:43` or an ISO timestamp; null when it is not a real date. */
export function parseContentDate(text: string): ContentDate | null {
  const m = DATE_FORM.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (h === undefined) return { date: `${y}-${mo}-${d}` };
  if (Number(h) > 23 || Number(mi) > 59) return null;
  return { date: `${y}-${mo}-${d}`, time: `${h}:${mi}` };
}

/** Sortable key: date and time as one string. */
export function dateKey(value: ContentDate): string {
  return value.time ? `${value.date}T${value.time}` : value.date;
}
