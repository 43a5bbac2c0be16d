import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { before, after, test } from "node:test";
import { Parser } from "htmlparser2";
import { parse } from "yaml";
import { serveStatic, type StaticServer } from "../../scripts/bench/static-server.ts";
import { SAMPLE_CONTENT } from "../support/build-fixture.ts";

/*
 * The sample site built by the exact command of the GitHub Pages workflow, for a project site
 * at https://example.github.io/dossiers-demo/, served under /dossiers-demo/ as GitHub Pages
 * serves it (a missing path gets the root 404.html, status 404), and crawled from its root.
 */
const REPO = path.resolve(import.meta.dirname, "..", "..");
const BASE = "/dossiers-demo/";
const SITE = "https://example.github.io/dossiers-demo/";
let root = "";
let server: StaticServer;

/** The workflow's build step, with what actions/configure-pages outputs for that repository. */
async function workflowBuildCommand(): Promise<string> {
  const workflow = parse(await readFile(path.join(REPO, ".github", "workflows", "pages.yml"), "utf8")) as { jobs: Record<string, { steps: { run?: string }[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const build = steps.find((s) => s.run?.includes("milaff.mjs build"));
  assert.ok(build?.run, "the workflow has a milaff build step");
  return build.run.replaceAll("${{ steps.pages.outputs.base_path }}", BASE.slice(0, -1)).replaceAll("${{ steps.pages.outputs.base_url }}", SITE.slice(0, -1));
}

before(async () => {
  // A checkout of the repository, as the workflow has it: the code linked, the content copied.
  root = await mkdtemp(path.join(os.tmpdir(), "milaff-pages-"));
  for (const entry of ["scripts", "layouts", "node_modules", "package.json"]) await symlink(path.join(REPO, entry), path.join(root, entry));
  await cp(SAMPLE_CONTENT, path.join(root, "content"), { recursive: true });
  await promisify(execFile)("bash", ["-c", await workflowBuildCommand()], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
  server = await serveStatic(path.join(root, "_site"), BASE);
});
after(async () => server?.close());

interface Fetched {
  status: number;
  type: string;
  body: string;
}

const cache = new Map<string, Promise<Fetched>>();
function get(pathname: string): Promise<Fetched> {
  let result = cache.get(pathname);
  if (!result) {
    result = fetch(server.origin + pathname).then(async (r) => ({ status: r.status, type: r.headers.get("content-type") ?? "", body: await r.text() }));
    cache.set(pathname, result);
  }
  return result;
}

interface PageFacts {
  ids: Set<string>;
  /** Links to follow and check: href, src, srcset, and the addresses of feeds and sitemaps. */
  refs: string[];
  /** Addresses that must be absolute under the site's URL: canonical, og:*, JSON-LD, feed and sitemap entries. */
  published: string[];
}

function collectJsonUrls(value: unknown, into: string[]): void {
  if (typeof value === "string" && /^https?:/.test(value)) into.push(value);
  else if (Array.isArray(value)) for (const v of value) collectJsonUrls(v, into);
  else if (value && typeof value === "object") for (const [key, v] of Object.entries(value)) if (!["@context", "isBasedOn", "publisher"].includes(key)) collectJsonUrls(v, into);
}

function readHtml(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), refs: [], published: [] };
  let jsonLd = "";
  let inJsonLd = false;
  const parser = new Parser({
    onopentag(name, a) {
      if (a.id) facts.ids.add(a.id);
      for (const attr of ["href", "src"]) if (a[attr] !== undefined) facts.refs.push(a[attr]!);
      if (a.srcset) facts.refs.push(...a.srcset.split(",").map((c) => c.trim().split(/\s+/)[0]!));
      if (name === "link" && (a.rel === "canonical" || a.type === "application/atom+xml" || a.hreflang)) facts.published.push(a.href!);
      if (name === "meta" && (a.property?.startsWith("og:") || a.name === "citation_public_url") && /^https?:/.test(a.content ?? "")) {
        facts.published.push(a.content!);
        if (a.property === "og:image") facts.refs.push(a.content!);
      }
      inJsonLd = name === "script" && a.type === "application/ld+json";
    },
    ontext(text) {
      if (inJsonLd) jsonLd += text;
    },
    onclosetag(name) {
      if (name === "script" && inJsonLd) {
        collectJsonUrls(JSON.parse(jsonLd), facts.published);
        jsonLd = "";
        inJsonLd = false;
      }
    },
  });
  parser.write(html);
  parser.end();
  return facts;
}

/** Links in a feed or sitemap: every one is a published address. */
function readXml(xml: string): PageFacts {
  const urls = [...xml.matchAll(/<(?:loc|id)>([^<]+)<\/(?:loc|id)>|<(?:xhtml:)?link[^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? m[2]!).replace(/&amp;/g, "&"));
  return { ids: new Set(), refs: urls, published: urls };
}

/** A site address as a path on the test server; null for other sites. */
function local(ref: string, from: string): string | null {
  const url = new URL(ref.startsWith(SITE) ? ref.replace(SITE, BASE) : ref, server.origin + from);
  if (url.origin !== server.origin) return null;
  return url.pathname + url.hash;
}

test("the workflow's build, crawled from /dossiers-demo/: no broken link, image, feed or sitemap entry, no missing #fragment", async () => {
  const queue = [BASE, `${BASE}robots.txt`];
  const seen = new Set(queue);
  const pages = new Map<string, PageFacts>();
  const fragments: { from: string; page: string; id: string }[] = [];
  const problems: string[] = [];
  while (queue.length) {
    const at = queue.shift()!;
    const response = await get(at);
    if (response.status !== 200) {
      problems.push(`${at}: status ${response.status}`);
      continue;
    }
    let facts: PageFacts;
    if (response.type.startsWith("text/html")) facts = readHtml(response.body);
    else if (at.endsWith(".xml")) facts = readXml(response.body);
    else if (at.endsWith("robots.txt")) {
      const sitemap = /^Sitemap: (.+)$/m.exec(response.body)?.[1];
      facts = { ids: new Set(), refs: sitemap ? [sitemap] : [], published: sitemap ? [sitemap] : [] };
      if (!sitemap) problems.push("robots.txt names no sitemap");
    } else continue;
    pages.set(at, facts);
    for (const address of facts.published) if (!address.startsWith(SITE)) problems.push(`${at}: ${address} is not an absolute address under ${SITE}`);
    for (const ref of facts.refs) {
      if (/^(mailto|tel|data):/.test(ref)) continue;
      const target = local(ref, at);
      if (!target) continue;
      const [pathname, hash] = target.split("#") as [string, string | undefined];
      if (!pathname.startsWith(BASE)) problems.push(`${at}: ${ref} leaves the base path`);
      if (hash && !hash.startsWith(":~:")) fragments.push({ from: at, page: pathname, id: decodeURIComponent(hash) });
      if (!seen.has(pathname)) {
        seen.add(pathname);
        queue.push(pathname);
      }
    }
  }
  for (const { from, page, id } of fragments) if (pages.has(page) && !pages.get(page)!.ids.has(id)) problems.push(`${from}: #${id} is not on ${page}`);
  assert.deepEqual(problems, []);
  const kinds = [...pages.keys()];
  for (const expected of [`${BASE}ar/feed.xml`, `${BASE}en/haftar-alliances/feed.xml`, `${BASE}sitemap.xml`, `${BASE}ar/haftar-alliances/libya-jordan-military-cooperation/card.png`, `${BASE}en/haftar-alliances/libya-jordan-military-cooperation/citation.ris`]) {
    assert.ok(seen.has(expected), `the crawl reached ${expected}`);
  }
  assert.ok(kinds.length > 40, `${kinds.length} pages and feeds crawled`);
});

test("a missing address gets the bilingual 404 page with status 404, and its links work from any depth", async () => {
  const missing = await get(`${BASE}ar/no/such/page/`);
  assert.equal(missing.status, 404);
  const facts = readHtml(missing.body);
  assert.match(missing.body, /lang="ar"[^>]*dir="rtl"/);
  assert.match(missing.body, /lang="en"[^>]*dir="ltr"/);
  for (const ref of facts.refs.filter((r) => r.startsWith("/"))) {
    assert.ok(ref.startsWith(BASE), `${ref} is under the base path`);
    assert.equal((await get(ref.split("#")[0]!)).status, 200, ref);
  }
});
