import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/*
 * The stacks milaff is compared with, on the same Markdown files: Eleventy 3 as a new user
 * would set it up (one trivial layout, front matter as it is), Hugo the same way, and
 * `pagefind --site` over what each wrote. Each is a command run as a whole process.
 */

export interface StackCommand {
  command: string;
  args: string[];
}

const TRIVIAL_HTML = (lang: string, title: string, content: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${content}</main></body></html>\n`;

/**
 * Bare Eleventy over the content folder: a config and a layout beside it. Times written
 * `2026-01-09 06:43` need a date parser (Eleventy reads only ISO dates itself), and each page's
 * language comes from its file name, so that Pagefind indexes each language apart, as it would
 * on a real site.
 */
export function bareEleventy(dir: string, content: string, out: string): StackCommand {
  mkdirSync(path.join(dir, "layouts"), { recursive: true });
  writeFileSync(path.join(dir, "layouts", "trivial.njk"), TRIVIAL_HTML("{{ lang }}", "{{ title }}", "{{ content | safe }}"));
  const config = path.join(dir, "eleventy.config.mjs");
  writeFileSync(
    config,
    `export default function (config) {
  config.setIncludesDirectory(${JSON.stringify(path.relative(content, path.join(dir, "layouts")))});
  config.addGlobalData("layout", "trivial.njk");
  config.addGlobalData("eleventyComputed", { lang: (data) => /\\.(ar|en)\\.md$/.exec(data.page.inputPath)?.[1] ?? "en" });
  config.addDateParsing((value) => (typeof value === "string" ? new Date(value.replace(" ", "T") + "Z") : undefined));
}
`,
  );
  const cli = path.join(path.dirname(fileURLToPath(import.meta.resolve("@11ty/eleventy"))), "..", "cmd.cjs");
  return { command: process.execPath, args: [cli, "--config", config, "--input", content, "--output", out, "--quiet"] };
}

/** Debian's (or any) hugo on PATH, or undefined. */
export function hugoVersion(): string | undefined {
  try {
    return execFileSync("hugo", ["version"], { encoding: "utf8" }).trim().split(" ").slice(0, 2).join(" ");
  } catch {
    return undefined;
  }
}

/** Bare Hugo over the dossiers: languages from file names, one trivial layout, no taxonomies or feeds. */
export function bareHugo(dir: string, content: string, out: string): StackCommand {
  mkdirSync(path.join(dir, "layouts", "_default"), { recursive: true });
  const layout = TRIVIAL_HTML("{{ .Language.Lang }}", "{{ .Title }}", "{{ .Content }}");
  for (const kind of ["single", "list"]) writeFileSync(path.join(dir, "layouts", "_default", `${kind}.html`), layout);
  writeFileSync(
    path.join(dir, "hugo.toml"),
    `baseURL = "/"
contentDir = ${JSON.stringify(path.join(content, "dossiers"))}
defaultContentLanguage = "ar"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[languages.ar]
languageDirection = "rtl"
weight = 1
[languages.en]
weight = 2
`,
  );
  return { command: "hugo", args: ["--source", dir, "--destination", out, "--quiet"] };
}

/** `pagefind --site` with its defaults, writing into `out` (which must be empty: Pagefind never rewrites a hashed file it finds). */
export function pagefindSite(site: string, out: string): StackCommand {
  const bin = path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner", "bin.cjs");
  return { command: process.execPath, args: [bin, "--site", site, "--output-path", out] };
}
