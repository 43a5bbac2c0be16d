/**
 * The addresses a link in content may have: web pages, e-mail and phone numbers, and paths
 * (within the site or the page). Every other scheme is refused, `javascript:`, `vbscript:`,
 * `data:` and `file:` included, however they are written: the scheme is read as a browser
 * reads it, after tabs and newlines are dropped and leading spaces and controls trimmed
 * (markdown-it has already decoded entities such as `&#106;`).
 */
const SAFE_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

/** The scheme a browser would see in this address, lowercased; "" for a path. */
export function linkScheme(url: string): string {
  const cleaned = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? "";
}

export function isSafeLink(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme === "" || SAFE_SCHEMES.has(scheme);
}
