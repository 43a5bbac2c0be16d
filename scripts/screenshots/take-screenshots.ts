import { copyFile, mkdir, mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { launchChromium } from "../bench/chromium.ts";
import { serveStatic } from "../bench/static-server.ts";
import { LAYOUTS_DIR } from "../cli/paths.ts";
import { buildSite } from "../publish/build-site.ts";

/*
 * Screenshots of every page type of the sample site, in both languages, at phone and desktop
 * widths, in light and dark schemes: what a change to layouts/ looks like, to be opened and
 * looked at. Also the article's sharing controls (a copy-link control hovered and one focused,
 * the cite block), its printed form and the social card PNGs. `npm run screenshots` writes them
 * to test-output/screenshots/pages/; `--only article,share,print,cards` limits them.
 */

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const BASE = "/milaff/";
const ARTICLE = "haftar-alliances/libya-jordan-military-cooperation";

/** Page type → address per language (the landing and 404 pages are bilingual: one address). */
const PAGES: Record<string, (lang: string) => string> = {
  landing: () => "",
  home: (lang) => `${lang}/`,
  dossier: (lang) => `${lang}/haftar-alliances/`,
  article: (lang) => `${lang}/${ARTICLE}/`,
  guide: (lang) => `${lang}/milaff-guide/search/`,
  "entity-index": (lang) => `${lang}/people/`,
  entity: (lang) => `${lang}/people/saddam-haftar/`,
  search: (lang) => `${lang}/search/?q=${encodeURIComponent(lang === "ar" ? "والأردن" : "Haftar")}`,
  "not-found": () => "no-such-page/",
};

const { values } = parseArgs({
  options: {
    out: { type: "string", default: path.join(ROOT, "test-output", "screenshots", "pages") },
    only: { type: "string" },
    "max-height": { type: "string", default: "2600" },
    // Also cut each whole page into screen-high pieces, to look at at full size.
    tiles: { type: "boolean", default: false },
  },
});
const only = values.only?.split(",");
const wanted = (name: string) => !only || only.includes(name);
const maxHeight = Number(values["max-height"]);
const out = values.out!;

const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-shots-")), "_site");
await buildSite({ contentDir: path.join(ROOT, "content"), layoutsDir: LAYOUTS_DIR, outDir, base: BASE });
const server = await serveStatic(outDir, BASE);
const browser = await launchChromium();
await mkdir(out, { recursive: true });
const written = (file: string) => console.log(path.relative(ROOT, file));

async function open(b: Browser, address: string, width: number, scheme: "light" | "dark") {
  const context = await b.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(server.origin + BASE + address, { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready);
  return { context, page };
}

try {
  for (const [name, address] of Object.entries(PAGES)) {
    if (!wanted(name)) continue;
    const langs = address("ar") === address("en") ? ["ar"] : ["ar", "en"];
    for (const lang of langs) {
      for (const width of [390, 1280]) {
        for (const scheme of ["light", "dark"] as const) {
          const { context, page } = await open(browser, address(lang), width, scheme);
          if (name === "search") await page.waitForSelector(".result", { timeout: 10_000 }).catch(() => undefined);
          const height = Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
          const suffix = langs.length > 1 ? `-${lang}` : "";
          const file = path.join(out, `${name}${suffix}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
          written(file);
          if (values.tiles) {
            const screen = page.viewportSize()!.height;
            for (let y = 0, n = 1; y < height; y += screen, n++) {
              const tile = file.replace(/\.png$/, `-part${n}.png`);
              await page.screenshot({ path: tile, fullPage: true, clip: { x: 0, y, width, height: Math.min(screen, height - y) } });
              written(tile);
            }
          }
          // What a phone shows before any scrolling, at full size.
          if (width < 600) {
            await page.screenshot({ path: file.replace(/\.png$/, "-first-screen.png") });
            written(file.replace(/\.png$/, "-first-screen.png"));
          }
          await context.close();
        }
      }
    }
  }

  // The sharing controls: one paragraph's copy-link control hovered, another's focused, the cite block.
  if (wanted("share")) {
    for (const lang of ["ar", "en"]) {
      for (const width of [390, 1280]) {
        const { context, page } = await open(browser, `${lang}/${ARTICLE}/`, width, "light");
        const paragraph = page.locator(".article__body p:has(> .block-link)").nth(1);
        await paragraph.scrollIntoViewIfNeeded();
        await paragraph.locator("> .block-link").hover();
        const file = path.join(out, `share-${lang}-${width}-hover.png`);
        await paragraph.screenshot({ path: file });
        written(file);
        await page.mouse.move(0, 0);
        await page.locator(".article__body .block-link").nth(2).focus();
        const focused = path.join(out, `share-${lang}-${width}-focus.png`);
        await page.screenshot({ path: focused });
        written(focused);
        const cite = path.join(out, `cite-${lang}-${width}.png`);
        await page.locator(".cite").screenshot({ path: cite });
        written(cite);
        await context.close();
      }
    }
  }

  // The Arabic and English article as printed: as a PDF and, to look at, the print media on screen.
  if (wanted("print")) {
    for (const lang of ["ar", "en"]) {
      const { context, page } = await open(browser, `${lang}/${ARTICLE}/`, 794, "light");
      await page.emulateMedia({ media: "print" });
      const pdf = path.join(out, `print-${lang}.pdf`);
      await page.pdf({ path: pdf, format: "A4", printBackground: true });
      written(pdf);
      const file = path.join(out, `print-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written(file);
      await context.close();
    }
  }

  // The social cards the build rendered, as they are.
  if (wanted("cards")) {
    for (const entry of await readdir(outDir, { recursive: true })) {
      if (path.basename(entry) !== "card.png") continue;
      const file = path.join(out, `card-${path.dirname(entry).split(path.sep).join("-")}.png`);
      await copyFile(path.join(outDir, entry), file);
      written(file);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
