import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContextOptions, Page } from "playwright-core";
import { searchSettled } from "../support/exercise-page.ts";
import { BASE, type PageType, startPageTypesSite, type PageTypesSite } from "../support/page-types.ts";

const SHOTS = path.resolve(import.meta.dirname, "..", "..", "test-output", "screenshots", "accessibility");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
let site: PageTypesSite;

before(async () => {
  site = await startPageTypesSite();
  await mkdir(SHOTS, { recursive: true });
});
after(() => site?.close());

const label = (type: PageType) => `${type.kind} (${type.lang}, ${type.dir})`;

/**
 * Opens a page type as a reader sees it, search settled. A redirect page forwards at once, so
 * it is opened as a reader sees it whose browser runs no script and does not follow the refresh.
 */
async function open(type: PageType, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  // tsx compiles this file keeping function names, through a helper the page lacks.
  await context.addInitScript({ content: "globalThis.__name = (f) => f;" });
  const page = await context.newPage();
  if (type.kind === "redirect") {
    await page.route("**/*.js", (route) => route.abort());
    await page.route(site.server.origin + type.path, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, "") });
    });
  }
  await page.goto(site.server.origin + type.path, { waitUntil: "networkidle" });
  if (type.kind.startsWith("search-")) await searchSettled(page);
  if (type.kind === "search-results") await page.waitForSelector(".result");
  return page;
}

const close = (page: Page) => page.context().close();

test("every page type, in both languages and directions and in both colour schemes, has no WCAG 2.1 A/AA violations (axe-core)", async () => {
  const violations: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    for (const type of site.pages) {
      const page = await open(type, { colorScheme });
      const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      for (const v of result.violations) violations.push(`${label(type)} ${colorScheme}: ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      if (["article", "search-results", "home"].includes(type.kind)) await page.screenshot({ path: path.join(SHOTS, `${type.kind}-${type.lang}-${colorScheme}.png`), fullPage: true });
      await close(page);
    }
  }
  assert.deepEqual(violations, []);
});

test("from the keyboard alone, Tab reaches every control of every page type (search, filters, language switch, buttons, links), each visibly focused", async () => {
  const problems: string[] = [];
  for (const type of site.pages.filter((t) => t.kind !== "redirect")) {
    const page = await open(type, { viewport: { width: 1280, height: 900 } });
    // Every control a pointer could use; the skip link counts once it is focused.
    const controls = await page.$$eval("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])", (els) =>
      els
        .filter((el) => !(el as HTMLButtonElement).disabled && (el.getClientRects().length > 0 || el.classList.contains("skip-link")) && getComputedStyle(el).visibility !== "hidden")
        .map((el, i) => {
          el.setAttribute("data-a11y-control", String(i));
          return String(i);
        }),
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls.length + 10 && reached.size < controls.length; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const name = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className ? `.${String(el.className).split(" ")[0]}` : ""}> ${(el.textContent ?? "").trim().slice(0, 30) || el.getAttribute("name") || ""}`;
        const rect = el.getBoundingClientRect();
        // What makes it look focused (outline, shadow, colours), against the same element unfocused.
        const look = () => {
          const s = getComputedStyle(el);
          return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor, s.textDecorationLine, s.color].join("|");
        };
        const focusedLook = look();
        el.blur();
        const restingLook = look();
        el.focus();
        return { id: el.getAttribute("data-a11y-control"), name, onScreen: rect.width > 0 && rect.height > 0, visible: focusedLook !== restingLook };
      });
      if (!focused?.id) continue;
      reached.add(focused.id);
      if (!focused.visible) problems.push(`${label(type)}: ${focused.name} shows no focus`);
      if (!focused.onScreen) problems.push(`${label(type)}: ${focused.name} is focused but not on screen`);
    }
    const missed = await page.$$eval("[data-a11y-control]", (els, got) => els.filter((el) => !got.includes(el.getAttribute("data-a11y-control")!)).map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? "").trim().slice(0, 30) || el.getAttribute("name")}`), [...reached]);
    for (const m of missed) problems.push(`${label(type)}: Tab never reaches ${m}`);
    for (const [selector, what] of [
      ["#header-q, #search-q", "the search box"],
      [".lang-switch a", "the language switch"],
      ["select", "the search filters"],
    ] as const) {
      const ids = await page.$$eval(selector, (els) => els.map((el) => el.getAttribute("data-a11y-control")));
      if (ids.length && !ids.some((id) => id && reached.has(id))) problems.push(`${label(type)}: ${what} is not reached`);
    }
    await close(page);
  }
  assert.deepEqual(problems, []);
});

test("with reduced motion asked for, nothing on any page type moves: no transitions, animations or smooth scrolling", async () => {
  const moving: string[] = [];
  for (const type of site.pages) {
    const page = await open(type, { reducedMotion: "reduce" });
    const found = await page.evaluate(() => {
      const seconds = (list: string) => Math.max(...list.split(",").map((d) => parseFloat(d) * (d.trim().endsWith("ms") ? 0.001 : 1)));
      const out: string[] = [];
      if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") out.push("smooth scrolling");
      for (const el of document.querySelectorAll("*")) {
        for (const pseudo of [null, "::before", "::after"]) {
          const s = getComputedStyle(el, pseudo);
          const moves = (seconds(s.transitionDuration) > 0.01 && s.transitionProperty !== "none") || (s.animationName !== "none" && seconds(s.animationDuration) > 0.01);
          if (moves) out.push(`<${el.tagName.toLowerCase()}${pseudo ?? ""}${el.className ? `.${String(el.className).split(" ")[0]}` : ""}> ${s.transitionProperty} ${s.transitionDuration} ${s.animationName}`);
        }
      }
      return out;
    });
    moving.push(...found.map((f) => `${label(type)}: ${f}`));
    await close(page);
  }
  assert.deepEqual(moving, []);
});

test("zoomed to 200 % on a 390 px phone (195 CSS px), no page type scrolls sideways", async () => {
  const wide: string[] = [];
  for (const type of site.pages) {
    const page = await open(type, { viewport: { width: 195, height: 422 }, deviceScaleFactor: 2 });
    const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (overflow.scroll > overflow.client) {
      // Name the widest elements that stick out, to say what to fix.
      const culprits = await page.evaluate((width) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll("body *")) {
          const r = el.getBoundingClientRect();
          if ((r.right > width + 1 || r.left < -1) && r.width > 0) out.push(`<${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ")[0]}` : ""}> ${Math.round(r.width)}px`);
        }
        return out.slice(0, 5);
      }, overflow.client);
      wide.push(`${label(type)}: ${overflow.scroll}px wide in ${overflow.client}px (${culprits.join(", ")})`);
    }
    if (["article", "search-results", "dossier"].includes(type.kind)) await page.screenshot({ path: path.join(SHOTS, `zoom-200-${type.kind}-${type.lang}.png`), fullPage: true });
    await close(page);
  }
  assert.deepEqual(wide, []);
});
