/*
 * What the security policy promises, checked on every written page (docs/security.md): the
 * policy comes before anything it governs, scripts are files of the site (inline only as
 * JSON data), no event-handler attributes, no script: addresses, nothing loaded from
 * elsewhere, no inline styles (the policy would drop them). A layout that breaks one of these
 * fails the build instead of shipping a page that runs or leaks what it should not.
 */

/** Elements that load what their attribute names when the page opens. */
const LOADS: Record<string, string[]> = {
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  object: ["data"],
  image: ["href", "xlink:href"],
  use: ["href", "xlink:href"],
};
const LOADING_LINKS = /^(stylesheet|preload|modulepreload|prefetch|icon|apple-touch-icon|manifest|mask-icon)$/i;
const URL_ATTRS = new Set(["href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background", "cite"]);
const DATA_SCRIPTS = new Set(["application/json", "application/ld+json"]);

/** A URL's scheme as a browser reads it: control characters and whitespace inside it are ignored. */
const scheme = (url: string): string => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ""))?.[1]?.toLowerCase() ?? "";

const urlsOf = (attr: string, value: string): string[] =>
  attr === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean) : [value];

export interface SecurityCheck {
  onopentag(name: string, attrs: Record<string, string>): void;
  ontext(text: string): void;
  onclosetag(name: string): void;
  /** Everything found, once the page is read. */
  problems(): string[];
}

/**
 * Collects a page's security problems while the verify step's parser reads it. A fragment
 * (HTML inside a feed or a book) is checked alike, but carries no policy of its own.
 */
export function securityCheck(kind: "page" | "fragment" = "page"): SecurityCheck {
  const problems: string[] = [];
  let policy = kind === "fragment";
  let dataScript: { type: string; text: string } | null = null;
  return {
    problems: () => (policy ? problems : ["no Content-Security-Policy <meta>", ...problems]),
    onopentag(name, attrs) {
      if (name === "meta" && attrs["http-equiv"]?.toLowerCase() === "content-security-policy") policy = true;
      const loads = LOADS[name] ?? (name === "link" && LOADING_LINKS.test(attrs.rel ?? "") ? ["href"] : []);
      if (!policy && (loads.length || name === "style")) problems.push(`<${name}> comes before the Content-Security-Policy <meta>, which must be first in <head>`);
      if (name === "script" && attrs.src === undefined) {
        const type = (attrs.type ?? "").toLowerCase();
        if (DATA_SCRIPTS.has(type)) dataScript = { type, text: "" };
        else problems.push(`an inline <script>${type ? ` of type ${type}` : ""}: scripts must be files under /assets/ (JSON data blocks are fine)`);
      }
      if (name === "style") problems.push("a <style> element: styles belong in the stylesheet (the policy drops inline styles)");
      if (name === "base") problems.push("a <base> element");
      for (const [attr, value] of Object.entries(attrs)) {
        if (/^on/i.test(attr)) problems.push(`an event-handler attribute ${attr} on <${name}>`);
        if (attr === "style") problems.push(`a style attribute on <${name}> (the policy drops inline styles)`);
        if (!URL_ATTRS.has(attr)) continue;
        for (const url of urlsOf(attr, value)) {
          if (["javascript", "vbscript", "data"].includes(scheme(url))) {
            problems.push(`a ${scheme(url)}: address in ${attr} of <${name}>`);
          } else if (loads.includes(attr) && (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//"))) {
            problems.push(`<${name}> loads ${url} from outside the site`);
          }
        }
      }
    },
    ontext(text) {
      if (dataScript) dataScript.text += text;
    },
    onclosetag(name) {
      if (name !== "script" || !dataScript) return;
      const { type, text } = dataScript;
      dataScript = null;
      // A "<!--" or "<script" inside a script block can change where the browser thinks it ends.
      if (/<!--|<script/i.test(text)) problems.push(`a ${type} block holding "<!--" or "<script": write < as \\u003c`);
      try {
        JSON.parse(text);
      } catch {
        problems.push(`a ${type} block that is not valid JSON`);
      }
    },
  };
}
