import { statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Parser } from "htmlparser2";
import { securityCheck } from "./page-security.ts";

/*
 * Step 7 of the pipeline: read what was written, as a browser would, and prove it holds
 * together: every page says its language and direction, every internal link, image,
 * stylesheet and font lives under the base path and resolves, every #anchor exists, and
 * every page keeps the security policy's promises (page-security.ts).
 */

export interface VerifyProblem {
  /** The written file, e.g. `ar/d/a/index.html`. */
  page: string;
  message: string;
}

export interface VerifyReport {
  pages: number;
  links: number;
  problems: VerifyProblem[];
}

/** What verification needs from one page: read once, from the page as written or as rendered. */
export interface PageFacts {
  ids: Set<string>;
  lang?: string;
  dir?: string;
  refs: string[];
  security: string[];
}

const LINK_ATTRS: Record<string, string[]> = { a: ["href"], link: ["href"], img: ["src", "srcset"], script: ["src"], source: ["src", "srcset"], iframe: ["src"], form: ["action"] };

export function readPage(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), refs: [], security: [] };
  const security = securityCheck();
  const parser = new Parser({
    ontext: security.ontext,
    onclosetag: security.onclosetag,
    onopentag(name, attrs) {
      security.onopentag(name, attrs);
      if (name === "html") [facts.lang, facts.dir] = [attrs.lang, attrs.dir];
      if (attrs.id) facts.ids.add(attrs.id);
      if (name === "a" && attrs.name) facts.ids.add(attrs.name);
      if (name === "meta" && attrs["http-equiv"]?.toLowerCase() === "refresh") {
        const target = /url=(.*)$/i.exec(attrs.content ?? "")?.[1];
        if (target) facts.refs.push(target.trim());
      }
      for (const attr of LINK_ATTRS[name] ?? []) {
        const value = attrs[attr];
        if (value === undefined) continue;
        if (attr === "srcset") facts.refs.push(...value.split(",").map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean));
        else facts.refs.push(value);
      }
    },
  });
  parser.write(html);
  parser.end();
  facts.security = security.problems();
  return facts;
}

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])));
  return nested.flat();
}

/** Pages about to be written into (or removed from) the output folder, checked as if they already were. */
export interface PendingPages {
  written: string[];
  removed: string[];
  /** Other files written beside the pages since the last verification (feeds, citation files): their links are checked too. */
  beside?: string[];
}

/**
 * Links in a feed or sitemap (its entries, and the links inside full-text entries): absolute
 * under the site's address, checked as the site paths they are.
 */
function xmlRefs(xml: string, site: string | undefined, base: string): string[] {
  const refs = [...xml.matchAll(/<loc>([^<]+)<\/loc>|\s(?:href|src)="([^"]+)"/g)].map((m) => (m[1] ?? m[2]!).replace(/&amp;/g, "&"));
  return refs.map((ref) => (site && ref.startsWith(site) ? base + ref.slice(site.length) : ref));
}

/**
 * What a verification knew of the site, for the next one to build on (`milaff serve` after an
 * edit): every file, every page's facts, the stylesheets, feeds and sitemap, and which pages link
 * to each file.
 */
export interface VerifiedSite {
  files: Set<string>;
  pages: Map<string, PageFacts>;
  sheets: string[];
  linkedFrom: Map<string, Set<string>>;
}

const readSheet = async (outDir: string, file: string, site: string | undefined, base: string): Promise<string[]> => {
  const text = await readFile(path.join(outDir, file), "utf8");
  if (file.endsWith(".css")) return [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!);
  return xmlRefs(text, site?.replace(/\/?$/, "/"), base);
};

/**
 * Checks the site in `outDir`. `known` holds the facts of pages already read (by file, e.g.
 * `ar/index.html`), from the HTML the render step produced: only other pages are read from disk.
 * `site`: the public address (base path included), when the site has one: feeds and sitemap use it.
 * `pending`: pages about to be written or removed (milaff serve checks before it writes); the
 * facts of pages not yet written must be in `known`.
 * `keep`: also return what was learnt (`verified`). `previous`: what the last verification of
 * this folder learnt, all of it still true but for `pending` and for files added since; only the
 * pending pages, the pages linking to them, the stylesheets, feeds and sitemap are checked, and
 * the report counts those.
 */
export async function verifySite(
  outDir: string,
  base: string,
  known: ReadonlyMap<string, PageFacts> = new Map(),
  options: { site?: string; pending?: PendingPages; keep?: boolean; previous?: VerifiedSite } = {},
): Promise<VerifyReport & { verified?: VerifiedSite }> {
  const { site, pending, previous } = options;
  const written = pending?.written ?? [];
  const removed = new Set(pending?.removed ?? []);
  const readFacts = async (file: string) => known.get(file) ?? readPage(await readFile(path.join(outDir, file), "utf8"));
  const files = new Set(previous ? previous.files : await listFiles(outDir));
  for (const file of written) files.add(file);
  for (const file of removed) files.delete(file);
  const pages = new Map<string, PageFacts>(previous?.pages);
  const sheets = new Map<string, string[]>();
  // The last verification's map, copied where it grows (a failed verification leaves it as it was). It can name pages that no longer link to a file: those are checked again for nothing.
  const linkedFrom = new Map<string, Set<string>>(previous?.linkedFrom);
  const grown = new Set<string>();
  /** The pages checked: all of them, or those the pending changes can have broken. */
  let checked: Iterable<string>;
  if (previous) {
    for (const file of written) pages.set(file, await readFacts(file));
    for (const file of removed) pages.delete(file);
    const recheck = new Set(written);
    for (const file of [...written, ...removed]) for (const from of linkedFrom.get(file) ?? []) if (pages.has(from)) recheck.add(from);
    checked = recheck;
    for (const file of pending?.beside ?? []) files.add(file);
    const toRead = new Set([...previous.sheets, ...(pending?.beside ?? []).filter((f) => /\.(css|xml)$/.test(f))]);
    await Promise.all([...toRead].filter((f) => files.has(f)).map(async (f) => sheets.set(f, await readSheet(outDir, f, site, base))));
  } else {
    await Promise.all(
      [...files].map(async (file) => {
        if (file.endsWith(".html")) pages.set(file, await readFacts(file));
        else if (/\.(css|xml)$/.test(file)) sheets.set(file, await readSheet(outDir, file, site, base));
      }),
    );
    checked = pages.keys();
  }
  const track = Boolean(previous || options.keep);

  const problems: VerifyProblem[] = [];
  const problem = (page: string, message: string) => void problems.push({ page, message });
  let links = 0;
  /** Whether a file is there: known, or (building on a previous verification) written since, beside the pages. */
  const exists = (file: string): boolean => {
    if (files.has(file)) return true;
    if (!previous || removed.has(file) || !statSync(path.join(outDir, file), { throwIfNoEntry: false })?.isFile()) return false;
    files.add(file);
    return true;
  };
  /** The file a site path is served from, as static hosts do it (folder → index.html). */
  const fileFor = (sitePath: string): string | undefined => {
    const rel = decodeURIComponent(sitePath.slice(base.length));
    for (const candidate of [rel, rel.endsWith("/") || rel === "" ? `${rel}index.html` : `${rel}/index.html`]) {
      if (exists(candidate)) return candidate;
    }
    return undefined;
  };
  /**
   * Where a link to another page leads, as a browser resolves it. The site's own links are nearly
   * all plain absolute paths, which need no URL parsing (at 100,000 links, most of this step's
   * time went to it); anything else is resolved by URL.
   */
  const locate = (from: string, ref: string): { pathname: string; hash: string } => {
    // (Links starting with // are external: check() leaves them.)
    if (/^\/[^?\\]*$/.test(ref) && !/(^|\/)\.\.?(\/|#|$)/.test(ref)) {
      const at = ref.indexOf("#");
      return at === -1 ? { pathname: ref, hash: "" } : { pathname: ref.slice(0, at), hash: ref.slice(at) };
    }
    return new URL(ref, new URL(base + from.replace(/index\.html$/, ""), "http://site.invalid"));
  };
  /** Where a link leads (not external, not a script), and what is wrong with it, if anything. */
  const follow = (from: string, ref: string): { target?: string; message: string | null } => {
    // A #fragment of the page itself (every paragraph's link to itself): no path to resolve.
    let [target, hash]: [string | undefined, string] = [from, ref];
    if (!ref.startsWith("#")) {
      const url = locate(from, ref);
      if (!url.pathname.startsWith(base)) return { message: `${ref} is outside the base path ${base}` };
      [target, hash] = [fileFor(url.pathname), url.hash];
      if (!target) return { message: `${ref} leads nowhere: the site has no page or file there` };
    }
    const fragment = decodeURIComponent(hash.slice(1));
    if (fragment && !pages.get(target)?.ids.has(fragment)) return { target, message: `${ref} points to a missing anchor #${fragment}` };
    return { target, message: null };
  };
  /** Absolute paths lead to the same place from every page: each is resolved once (a site links to a few thousand places a few hundred thousand times). */
  const absolute = new Map<string, { target?: string; message: string | null }>();
  const check = (from: string, ref: string) => {
    if (/^(https?:|mailto:|tel:|data:)/i.test(ref) || ref.startsWith("//")) return;
    links++;
    if (/^javascript:/i.test(ref)) return problem(from, `script link ${JSON.stringify(ref)}`);
    let found = ref.startsWith("/") ? absolute.get(ref) : undefined;
    if (found === undefined) {
      found = follow(from, ref);
      if (ref.startsWith("/")) absolute.set(ref, found);
    }
    if (found.message) problem(from, found.message);
    if (track && found.target && found.target !== from) {
      const froms = linkedFrom.get(found.target);
      if (froms?.has(from)) return;
      const copy = grown.has(found.target) ? froms! : new Set(froms);
      grown.add(found.target);
      linkedFrom.set(found.target, copy.add(from));
    }
  };

  let count = 0;
  for (const file of checked) {
    const facts = pages.get(file)!;
    count++;
    if (!facts.lang || !facts.dir) problem(file, `<html> lacks ${!facts.lang ? "lang" : "dir"}`);
    for (const message of facts.security) problem(file, message);
    for (const ref of facts.refs) check(file, ref);
  }
  for (const [file, refs] of sheets) for (const ref of refs) check(file, ref);
  const verified = track ? { files, pages, sheets: [...sheets.keys()], linkedFrom } : undefined;
  return { pages: count, links, problems, verified };
}
