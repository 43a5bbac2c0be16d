import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { parseHTML } from "linkedom";
import type { BrowserContext, Page } from "playwright-core";
import { followAlias, networkQuiet, openPage, switchLanguage, useControls } from "../support/exercise-page.ts";
import { BASE, QUERY_WITH_RESULTS, type PageType, startPageTypesSite, type PageTypesSite } from "../support/page-types.ts";

let site: PageTypesSite;

before(async () => {
  site = await startPageTypesSite();
});
after(() => site?.close());

/**
 * Opens a page the way a reader does, uses every control on it and then its language switch;
 * a redirect page is followed to its target.
 */
async function visit(context: BrowserContext, type: PageType): Promise<Page> {
  const page = await context.newPage();
  if (type.kind === "redirect") {
    await followAlias(page, site.server.origin + type.path);
    return page;
  }
  await openPage(page, site.server.origin + type.path);
  await useControls(page);
  await switchLanguage(page);
  await networkQuiet(page);
  return page;
}

/** The directives of a policy string, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

test("every page type carries a strict Content-Security-Policy and a referrer policy, and nothing on it breaks them while search, filters, buttons and the language switch are used", async () => {
  const context = await site.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const violations: string[] = [];
  const errors: string[] = [];
  let current = "";
  await context.exposeFunction("__cspViolation", (v: string) => violations.push(`${current}: ${v}`));
  context.on("page", (page) => {
    page.on("console", (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && violations.push(`${current}: console: ${m.text()}`));
    page.on("pageerror", (e) => errors.push(`${current}: ${e.message}`));
  });
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    ),
  );
  for (const type of site.pages) {
    current = `${type.kind} (${type.lang}) ${type.path}`;
    // The policy as served (a redirect page leaves before a script could read it).
    const head = parseHTML(await (await fetch(site.server.origin + type.path)).text()).document.head;
    const policy = head.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");
    assert.ok(policy, `${current} has a Content-Security-Policy <meta>`);
    assert.equal(head.children[1]?.getAttribute("http-equiv"), "Content-Security-Policy", `${current}: the policy comes right after the charset, before anything it governs`);
    const d = directives(policy);
    assert.deepEqual(d.get("default-src"), ["'self'"], current);
    assert.deepEqual(d.get("object-src"), ["'none'"], current);
    assert.deepEqual(d.get("base-uri"), ["'self'"], current);
    assert.deepEqual(d.get("form-action"), ["'self'"], current);
    assert.deepEqual(d.get("script-src"), type.kind.startsWith("search") ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"], `${current}: scripts from the site only, WebAssembly only where search runs`);
    assert.equal(head.querySelector('meta[name="referrer"]')?.getAttribute("content"), "no-referrer", current);
    await (await visit(context, type)).close();
  }
  // The header's search box leads to results.
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${BASE}en/`);
  await page.fill("#header-q", QUERY_WITH_RESULTS);
  await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press("#header-q", "Enter")]);
  await page.waitForSelector(".result");
  assert.deepEqual(violations, [], "no Content-Security-Policy violations");
  assert.deepEqual(errors, [], "no script errors");

  // The policy is in force, not only written: an inline script is refused.
  await page.addScriptTag({ content: "window.__inlineRan = true" }).catch(() => undefined);
  assert.equal(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan), undefined, "an inline script does not run");
  await context.close();
});

test("no request leaves the site: every page type, used as a reader would, asks only its own origin (policy bypassed, so nothing is merely blocked)", async () => {
  const context = await site.browser.newContext({ bypassCSP: true, permissions: ["clipboard-read", "clipboard-write"] });
  const outside = new Set<string>();
  let requests = 0;
  let current = "";
  context.on("request", (r) => {
    requests++;
    if (new URL(r.url()).origin !== site.server.origin) outside.add(`${current}: ${r.url()}`);
  });
  for (const type of site.pages) {
    current = `${type.kind} (${type.lang}) ${type.path}`;
    await (await visit(context, type)).close();
  }
  assert.ok(requests > site.pages.length * 3, `requests were seen (${requests})`);
  assert.deepEqual([...outside], [], "requests to another origin");
  await context.close();
});
