import { formatBytes as formatSize } from "../../text/format-bytes.ts";

/*
 * The words of the offline controls come with the page (data-t-* attributes, from
 * layouts/i18n/); sizes and dates are formatted here in the page's locale and digits.
 */

/** `data-t-saved` → the string, with `{name}` filled in. */
export function say(root: HTMLElement, key: string, values: Record<string, string> = {}): string {
  const template = root.dataset[`t${key[0]!.toUpperCase()}${key.slice(1)}`] ?? "";
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
}

export const formatBytes = (root: HTMLElement, bytes: number): string => formatSize(bytes, root.dataset.locale!, root.dataset.unitDisplay === "long" ? "long" : "short");

export function formatCount(root: HTMLElement, n: number): string {
  return new Intl.NumberFormat(root.dataset.locale, { useGrouping: false }).format(n);
}

/** The day something was saved, in the reader's own time zone. */
export function formatDay(root: HTMLElement, iso: string): string {
  return new Intl.DateTimeFormat(root.dataset.locale, { dateStyle: "long" }).format(new Date(iso));
}
