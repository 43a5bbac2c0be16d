import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { contentSecurityPolicy } from "../../scripts/site/security-policy.ts";
import { readPage, verifySite } from "../../scripts/verify/verify-site.ts";

/* Links resolve as a browser resolves them, whether verification reads the pages or is handed them as rendered. */

const site = mkdtempSync(path.join(os.tmpdir(), "milaff-verify-"));
after(() => rmSync(site, { recursive: true, force: true }));
// Every page carries the site's policy, as built pages do (verify checks that too).
const head = `<head><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy("article")}"></head>`;
const page = (body: string) => `<!doctype html><html lang="ar" dir="rtl">${head}<body>${body}</body></html>`;
const files: Record<string, string> = {
  "repo/ar/index.html": page(`<h2 id="top">x</h2><a href="/repo/ar/d/">d</a><a href="#top">top</a><a href="d/#سطر">line</a><a href="./d/../d/">again</a>`),
  "repo/ar/d/index.html": page(`<p id="سطر">y</p><a href="/repo/ar/">home</a><a href="../#top">up</a><a href="/repo/ar/d/#%D8%B3%D8%B7%D8%B1">encoded</a>`),
  "repo/ar/broken/index.html": page(`<a href="/repo/ar/nowhere/">a</a><a href="#missing">b</a><a href="/elsewhere/">c</a><a href="/repo/ar/d/?q=1#nope">d</a>`),
  // The same broken link from a second page, and a fragment that only the first page has.
  "repo/ar/broken-too/index.html": page(`<a href="/repo/ar/nowhere/">a</a><a href="#top">b</a>`),
};
for (const [file, html] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), html);
}
const root = path.join(site, "repo");

test("absolute, relative, fragment-only and percent-encoded links that resolve pass", async () => {
  const report = await verifySite(root, "/repo/");
  assert.deepEqual(
    report.problems.filter((p) => !p.page.startsWith("ar/broken")),
    [],
  );
});

test("links leading nowhere, to a missing anchor or outside the base path are named, page by page", async () => {
  const report = await verifySite(root, "/repo/");
  assert.deepEqual(
    report.problems.map((p) => `${p.page}: ${p.message}`).sort(),
    [
      "ar/broken-too/index.html: #top points to a missing anchor #top",
      "ar/broken-too/index.html: /repo/ar/nowhere/ leads nowhere: the site has no page or file there",
      "ar/broken/index.html: #missing points to a missing anchor #missing",
      "ar/broken/index.html: /elsewhere/ is outside the base path /repo/",
      "ar/broken/index.html: /repo/ar/d/?q=1#nope points to a missing anchor #nope",
      "ar/broken/index.html: /repo/ar/nowhere/ leads nowhere: the site has no page or file there",
    ],
  );
});

test("pages handed over as rendered, and pages about to be written or removed, count as on disk", async () => {
  const known = new Map([["ar/new/index.html", readPage(page(`<a href="/repo/ar/d/#سطر">d</a>`))]]);
  const report = await verifySite(root, "/repo/", known, { pending: { written: ["ar/new/index.html"], removed: ["ar/broken/index.html", "ar/broken-too/index.html"] } });
  assert.deepEqual(report.problems, []);
  assert.equal(report.pages, 3);
});

test("building on a previous verification, what the pending pages break is found, in the pages linking to them too", async () => {
  const gone = ["ar/broken/index.html", "ar/broken-too/index.html"];
  const first = await verifySite(root, "/repo/", new Map(), { keep: true, pending: { written: [], removed: gone } });
  assert.deepEqual(first.problems, []);

  // ar/d/ loses the anchor that ar/index.html (not pending) links to; a new page links to a file written since.
  writeFileSync(path.join(root, "ar", "written-since.txt"), "x");
  const known = new Map([
    ["ar/d/index.html", readPage(page(`<a href="/repo/ar/">home</a>`))],
    ["ar/new/index.html", readPage(page(`<a href="/repo/ar/written-since.txt">f</a><a href="/repo/ar/d/">d</a>`))],
  ]);
  const second = await verifySite(root, "/repo/", known, { previous: first.verified, keep: true, pending: { written: ["ar/d/index.html", "ar/new/index.html"], removed: [] } });
  assert.deepEqual(
    second.problems.map((p) => `${p.page}: ${p.message}`),
    ["ar/index.html: d/#سطر points to a missing anchor #سطر"],
  );
  assert.equal(second.pages, 3, "the two pending pages and the one page linking to them");

  const third = await verifySite(root, "/repo/", new Map(), { previous: first.verified, pending: { written: [], removed: ["ar/d/index.html"] } });
  assert.deepEqual(third.problems.map((p) => `${p.page}: ${p.message}`).sort(), [
    "ar/index.html: ./d/../d/ leads nowhere: the site has no page or file there",
    "ar/index.html: /repo/ar/d/ leads nowhere: the site has no page or file there",
    "ar/index.html: d/#سطر leads nowhere: the site has no page or file there",
  ]);
});

test("building on a previous verification leaves it as it was, and checks the feeds written beside the pages", async () => {
  const gone = ["ar/broken/index.html", "ar/broken-too/index.html"];
  const first = await verifySite(root, "/repo/", new Map(), { keep: true, pending: { written: [], removed: gone } });
  const linkedFrom = structuredClone(first.verified!.linkedFrom);
  // A feed first written now (a dossier's new language, on a site with an address), with an entry leading nowhere.
  writeFileSync(path.join(root, "ar", "feed.xml"), `<feed><entry><link href="https://example.org/repo/ar/nowhere/"/></entry><entry><link href="https://example.org/repo/ar/d/"/></entry></feed>`);
  const known = new Map([["ar/new/index.html", readPage(page(`<a href="/repo/ar/d/">d</a>`))]]);
  const second = await verifySite(root, "/repo/", known, { site: "https://example.org/repo", previous: first.verified, pending: { written: ["ar/new/index.html"], removed: [], beside: ["ar/feed.xml"] } });
  assert.deepEqual(
    second.problems.map((p) => `${p.page}: ${p.message}`),
    ["ar/feed.xml: /repo/ar/nowhere/ leads nowhere: the site has no page or file there"],
  );
  assert.deepEqual(first.verified!.linkedFrom, linkedFrom, "the new page's link is not added to the last verification's map");
  rmSync(path.join(root, "ar", "feed.xml"));
});
