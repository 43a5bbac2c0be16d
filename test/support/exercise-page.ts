import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { QUERY_WITH_RESULTS } from "./page-types.ts";

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
    await page.waitForLoadState("networkidle");
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
