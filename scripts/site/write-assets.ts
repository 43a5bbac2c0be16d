import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Lang } from "../content/ids.ts";
import { withBase } from "../model/urls.ts";

const require = createRequire(import.meta.url);

/**
 * Self-hosted fonts from npm, so that no request leaves the site: Noto Naskh Arabic for Arabic,
 * Source Serif 4 for Latin text, Source Code Pro for code (phones and the test browser may have
 * no monospace face of their own). Only the subsets the site needs are copied; a browser fetches
 * a face only for a page that uses it.
 */
const FONTS = [
  { pkg: "@fontsource-variable/noto-naskh-arabic", files: ["noto-naskh-arabic-arabic-wght-normal.woff2"] },
  {
    pkg: "@fontsource-variable/source-serif-4",
    files: ["source-serif-4-latin-wght-normal.woff2", "source-serif-4-latin-ext-wght-normal.woff2", "source-serif-4-latin-wght-italic.woff2"],
  },
  { pkg: "@fontsource-variable/source-code-pro", files: ["source-code-pro-latin-wght-normal.woff2"] },
];

/** The font each language's text starts with; preloaded so the first paint has the right shapes. */
const PRELOAD: Record<Lang, string> = {
  ar: "noto-naskh-arabic-arabic-wght-normal.woff2",
  en: "source-serif-4-latin-wght-normal.woff2",
};

export interface SiteAssets {
  css: string;
  favicon: string;
  preload: Record<Lang, string>;
}

/** fontsource's own @font-face rules (with their unicode ranges) for the kept files, pointed at our copies. */
async function fontFaces(base: string): Promise<string> {
  const rules: string[] = [];
  for (const font of FONTS) {
    const dir = path.dirname(require.resolve(`${font.pkg}/package.json`));
    const sheets = await Promise.all(["index.css", "wght-italic.css"].map((f) => readFile(path.join(dir, f), "utf8").catch(() => "")));
    for (const rule of sheets.join("\n").match(/@font-face\s*{[^}]*}/g) ?? []) {
      const file = font.files.find((f) => rule.includes(`/files/${f}`));
      if (!file) continue;
      rules.push(rule.replace(/url\(\.\/files\/[^)]+\)/, `url(${withBase(base, `/assets/fonts/${file}`)})`));
    }
  }
  return rules.join("\n");
}

/**
 * The site's stylesheets: `site.css` first, then one file per concern (`print.css`, …) in name
 * order, served as one file.
 */
async function stylesheets(layoutsDir: string): Promise<string> {
  const dir = path.join(layoutsDir, "assets");
  const names = (await readdir(dir)).filter((f) => f.endsWith(".css") && f !== "site.css").sort();
  return (await Promise.all(["site.css", ...names].map((f) => readFile(path.join(dir, f), "utf8")))).join("\n");
}

/** Writes fonts, the stylesheet and the favicon (named by their hash, so caches never serve a stale one). */
export async function writeAssets(layoutsDir: string, outDir: string, base: string): Promise<SiteAssets> {
  const fontsDir = path.join(outDir, "assets", "fonts");
  await mkdir(fontsDir, { recursive: true });
  for (const font of FONTS) {
    const dir = path.dirname(require.resolve(`${font.pkg}/package.json`));
    await Promise.all(font.files.map((f) => copyFile(path.join(dir, "files", f), path.join(fontsDir, f))));
  }
  const css = `${await fontFaces(base)}\n${await stylesheets(layoutsDir)}`;
  const name = `site.${createHash("sha256").update(css).digest("hex").slice(0, 10)}.css`;
  await writeFile(path.join(outDir, "assets", name), css);
  const favicon = await readFile(path.join(layoutsDir, "assets", "favicon.svg"));
  const faviconName = `favicon.${createHash("sha256").update(favicon).digest("hex").slice(0, 10)}.svg`;
  await writeFile(path.join(outDir, "assets", faviconName), favicon);
  return {
    css: withBase(base, `/assets/${name}`),
    favicon: withBase(base, `/assets/${faviconName}`),
    preload: { ar: withBase(base, `/assets/fonts/${PRELOAD.ar}`), en: withBase(base, `/assets/fonts/${PRELOAD.en}`) },
  };
}
