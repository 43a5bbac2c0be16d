import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { textDirection } from "../content/ids.ts";
import type { Model } from "../model/build-model.ts";
import { homeUrl, outputPathFor, webManifestUrl, withBase } from "../model/urls.ts";
import { writeAppIcons, type IconColours } from "./write-app-icons.ts";

/** Home-screen labels longer than this are cut by launchers; a longer title gives its first word. */
const SHORT_NAME_LENGTH = 12;

/** The light theme's paper and accent, from the stylesheet the pages use (its first custom properties of those names). */
function themeColours(outDir: string): IconColours {
  const sheet = readdirSync(path.join(outDir, "assets")).find((f) => /^site\.[0-9a-f]+\.css$/.test(f));
  const css = sheet ? readFileSync(path.join(outDir, "assets", sheet), "utf8") : "";
  const value = (name: string, fallback: string) => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})`).exec(css)?.[1] ?? fallback;
  return { background: value("accent", "#8c2f1c"), foreground: value("paper", "#ffffff") };
}

const shortName = (title: string): string => (title.length <= SHORT_NAME_LENGTH ? title : title.split(/\s+/)[0]!);

/**
 * One web app manifest per language (`/<lang>/manifest.webmanifest`): the site installs in
 * the language it was opened in, starting at that language's home page, with its icons.
 */
export function writeWebManifests(model: Model, outDir: string, base: string): void {
  const { site, languages } = model;
  const colours = themeColours(outDir);
  const icons = writeAppIcons(outDir, site.title[languages[0]!], colours);
  for (const lang of languages) {
    const manifest = {
      id: withBase(base, homeUrl(lang)),
      name: site.title[lang],
      short_name: shortName(site.title[lang]),
      description: site.description[lang],
      lang,
      dir: textDirection(lang),
      start_url: withBase(base, homeUrl(lang)),
      scope: base,
      display: "standalone",
      theme_color: colours.background,
      background_color: colours.foreground,
      icons: icons.map((icon) => ({ ...icon, src: withBase(base, icon.src) })),
    };
    writeFileSync(path.join(outDir, outputPathFor(webManifestUrl(lang))), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
