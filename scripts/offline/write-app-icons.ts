import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { appIconUrl, outputPathFor } from "../model/urls.ts";
import { escapeHtml } from "../text/escape-html.ts";

const require = createRequire(import.meta.url);

/** The TTF of the site's own families (resvg reads TrueType, not WOFF2), bold for a mark read at 48 px. */
const FONTS = {
  arabic: require.resolve("@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf"),
  latin: require.resolve("@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf"),
};

export interface IconColours {
  background: string;
  foreground: string;
}

export interface AppIcon {
  src: string;
  sizes: string;
  type: "image/png";
  purpose: "any" | "maskable";
}

/** The icons a manifest lists; the 180 px one is Apple's home-screen icon, linked from every page. */
const ICONS: { size: number; purpose: AppIcon["purpose"]; listed: boolean }[] = [
  { size: 192, purpose: "any", listed: true },
  { size: 512, purpose: "any", listed: true },
  { size: 512, purpose: "maskable", listed: true },
  { size: 180, purpose: "any", listed: false },
];

/**
 * The site's initial (the first letter of its title in its first language) in the site's
 * face, on its accent colour: a rounded square, or for maskable icons a full square with
 * the letter inside the safe circle (80 % of the side).
 */
function iconSvg(letter: string, colours: IconColours, purpose: AppIcon["purpose"]): string {
  const arabic = /\p{Script=Arabic}/u.test(letter);
  const scale = purpose === "maskable" ? 0.8 : 1;
  const fontSize = Math.round(100 * (arabic ? 0.78 : 0.66) * scale);
  // Naskh letters sit high on their baseline and Latin capitals low: each is moved so its ink is centred.
  const baseline = arabic ? 50 + fontSize * 0.02 : 50 + fontSize * 0.34;
  const shape = purpose === "maskable" ? `<rect width="100" height="100"/>` : `<rect width="100" height="100" rx="22"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><g fill="${colours.background}">${shape}</g><text x="50" y="${baseline.toFixed(1)}" text-anchor="middle" font-family="${arabic ? "Noto Naskh Arabic" : "Source Serif 4"}" font-weight="700" font-size="${fontSize}" fill="${colours.foreground}">${escapeHtml(letter)}</text></svg>`;
}

/** Writes the app icons into /assets/icons/ and returns those a web app manifest lists. */
export function writeAppIcons(outDir: string, title: string, colours: IconColours): AppIcon[] {
  const letter = [...new Intl.Segmenter().segment(title.trim())][0]?.segment.toLocaleUpperCase() ?? "";
  const listed: AppIcon[] = [];
  for (const { size, purpose, listed: inManifest } of ICONS) {
    const png = new Resvg(iconSvg(letter, colours, purpose), {
      fitTo: { mode: "width", value: size },
      font: { fontFiles: [FONTS.arabic, FONTS.latin], loadSystemFonts: false, defaultFontFamily: "Noto Naskh Arabic" },
    })
      .render()
      .asPng();
    const url = appIconUrl(size, purpose);
    const file = path.join(outDir, outputPathFor(url));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
    if (inManifest) listed.push({ src: url, sizes: `${size}x${size}`, type: "image/png", purpose });
  }
  return listed;
}
