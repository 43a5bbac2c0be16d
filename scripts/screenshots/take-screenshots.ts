import { mkdir, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "../bench/chromium.ts";
import { serveStatic } from "../bench/static-server.ts";
import { LAYOUTS_DIR } from "../cli/paths.ts";
import { buildSite } from "../publish/build-site.ts";

/*
 * Screenshots of every page type of the sample site, in both languages, at phone and desktop
 * widths, in light and dark schemes: what a change to layouts/ looks like, to be opened and
 * looked at. `npm run screenshots` writes them to test-output/screenshots/pages/.
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
  },
});
const only = values.only?.split(",");
const maxHeight = Number(values["max-height"]);

const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), "milaff-shots-")), "_site");
await buildSite({ contentDir: path.join(ROOT, "content"), layoutsDir: LAYOUTS_DIR, outDir, base: BASE });
const server = await serveStatic(outDir, BASE);
const browser = await launchChromium();
await mkdir(values.out!, { recursive: true });
try {
  for (const [name, address] of Object.entries(PAGES)) {
    if (only && !only.includes(name)) continue;
    const langs = address("ar") === address("en") ? ["ar"] : ["ar", "en"];
    for (const lang of langs) {
      for (const width of [390, 1280]) {
        for (const scheme of ["light", "dark"] as const) {
          const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: scheme });
          const page = await context.newPage();
          await page.goto(server.origin + BASE + address(lang), { waitUntil: "networkidle" });
          if (name === "search") await page.waitForSelector(".result", { timeout: 10_000 }).catch(() => undefined);
          await page.evaluate(() => document.fonts.ready);
          const height = Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
          const suffix = langs.length > 1 ? `-${lang}` : "";
          const file = path.join(values.out!, `${name}${suffix}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
          console.log(path.relative(ROOT, file));
          // What a phone shows before any scrolling, at full size.
          if (width < 600) await page.screenshot({ path: file.replace(/\.png$/, "-first-screen.png") });
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
