import assert from "node:assert/strict";
import type { Page, Request } from "playwright-core";
import { QUERY_WITH_RESULTS } from "./page-types.ts";

/**
 * Waits, for a few seconds at most, until the page has made no request for half a second. A
 * settling aid, not a check: a page may go on fetching for long (its service worker precaching
 * the shell, a dossier being saved) and a busy machine makes that longer still, so what a test
 * asserts waits on an end state of its own (the load event, a status, a control's state).
 */
export const networkQuiet = (page: Page): Promise<void> => page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => {});

/**
 * Opens `url` and waits for the load event (the page's scripts have run) and a quiet network.
 * A load that never ends names the requests still open, service worker's included.
 */
export async function openPage(page: Page, url: string): Promise<void> {
  const open = new Set<Request>();
  const track = (request: Request) => open.add(request);
  const done = (request: Request) => open.delete(request);
  const context = page.context();
  context.on("request", track).on("requestfinished", done).on("requestfailed", done);
  try {
    await page.goto(url, { waitUntil: "load" });
  } catch (error) {
    const pending = [...open].map((r) => `${r.serviceWorker() ? "service worker" : "page"}: ${r.method()} ${r.url()}`);
    throw new Error(`${(error as Error).message}\nrequests still open: ${pending.join("; ") || "none"}`, { cause: error });
  } finally {
    context.off("request", track).off("requestfinished", done).off("requestfailed", done);
  }
  await networkQuiet(page);
}

/** Opens an alias page and follows it to the page it leads to, loaded. */
export async function followAlias(page: Page, url: string): Promise<void> {
  const alias = new URL(url).pathname;
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForURL((u) => u.pathname !== alias, { waitUntil: "load" });
  await networkQuiet(page);
}

/** Waits until the search page's status says how its search went. */
export async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.getElementById("search-status")?.textContent ?? "";
    return status !== "" && !status.includes("…");
  });
}

/**
 * Uses every control the page has without leaving it: each button (copy link, save for
 * offline, more results…), each select (the search filters), and the search form when there is
 * one, checking that search still finds articles (with `query`). Returns what it did, for messages.
 */
export async function useControls(page: Page, query = QUERY_WITH_RESULTS): Promise<string[]> {
  const done: string[] = [];
  if (await page.isVisible("#search-q")) {
    await page.fill("#search-q", query);
    await page.press("#search-q", "Enter");
    await searchSettled(page);
    assert.ok((await page.$$(".result")).length > 0, `search finds articles on ${page.url()}`);
    done.push("search");
  }
  for (const select of await page.$$("select")) {
    if (!(await select.isVisible())) continue;
    const values = await select.$$eval("option", (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    if (!values.length) continue;
    await select.selectOption(values[0]!);
    if (await page.isVisible("#search-status")) await searchSettled(page);
    await select.selectOption("");
    if (await page.isVisible("#search-status")) await searchSettled(page);
    done.push(`select ${await select.getAttribute("name")}`);
  }
  for (const button of await page.$$("button:not([type=submit])")) {
    if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
    await button.click();
    // Saving a dossier ends in a state of its own (saved, or a message saying why not).
    await page.waitForFunction(() => !document.querySelector('[data-state="saving"]'), undefined, { timeout: 120_000 });
    await networkQuiet(page);
    done.push(`button ${((await button.textContent()) ?? "").trim()}`);
  }
  return done;
}

/** Follows the header's language switch; checks it lands on a page in the other language. */
export async function switchLanguage(page: Page): Promise<void> {
  const link = await page.$(".lang-switch a");
  if (!link) return;
  const target = await link.getAttribute("hreflang");
  await Promise.all([page.waitForEvent("load"), link.click()]);
  assert.equal(await page.getAttribute("html", "lang"), target, `the language switch of ${page.url()} leads to a page in ${target}`);
}
