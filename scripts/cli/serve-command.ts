import { watch } from "node:fs";
import { fileExists } from "../content/file-exists.ts";
import { normalizeBase } from "../model/urls.ts";
import { checkOutputFolder } from "../publish/output-folder.ts";
import { SITE_OPTION_HELP, SITE_OPTIONS, type Command } from "./command.ts";
import { LAYOUTS_DIR } from "./paths.ts";
import { dim, fail, green, printWarnings, reportFailure, UsageError } from "./report.ts";

export const serveCommand: Command = {
  name: "serve",
  summary: "Build the site, serve it with live reload, and rebuild when content or layouts change.",
  usage: "serve [--port N] [--content DIR] [--out DIR] [--base /path/] [--force]",
  options: { ...SITE_OPTIONS, port: { type: "string", default: "8080" } },
  details: `${SITE_OPTION_HELP}\n  --port N        port to listen on (default: 8080)`,
  async run(values) {
    const contentDir = String(values.content);
    const outDir = String(values.out);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port takes a number from 1 to 65535, not ${JSON.stringify(values.port)}.`);
    if (!(await fileExists(contentDir))) return fail("serve", `there is no content folder at ${contentDir}: run milaff from your project folder, or pass --content DIR.`);
    const base = normalizeBase(values.base as string | undefined);
    // Loaded when run, so that milaff starts (and shows help) without loading every command's dependencies.
    const [{ buildSite }, { default: EleventyDevServer }] = await Promise.all([import("../publish/build-site.ts"), import("@11ty/eleventy-dev-server")]);
    const build = async (): Promise<boolean> => {
      const start = performance.now();
      try {
        const result = await buildSite({ contentDir, layoutsDir: LAYOUTS_DIR, outDir, base, url: values.url as string | undefined, force: Boolean(values.force) });
        printWarnings(result.warnings);
        console.log(`${green("✓")} built ${result.pages} pages ${dim(`in ${Math.round(performance.now() - start)} ms`)}`);
        return true;
      } catch (error) {
        reportFailure(error, `${outDir}/ (still serving the last good build)`);
        return false;
      }
    };
    // A refused output folder stops serve before anything is written: no rebuild would be allowed either.
    const refused = await checkOutputFolder(outDir, { contentDir, layoutsDir: LAYOUTS_DIR, force: Boolean(values.force) }).catch((error: unknown) => error);
    if (refused) return reportFailure(refused);
    await build();
    const server = EleventyDevServer.getServer("milaff", outDir, { pathPrefix: base, showVersion: false, domDiff: false });
    server.serve(port);

    // Rebuild once per burst of changes (editors write several times per save).
    let timer: NodeJS.Timeout | undefined;
    let running = Promise.resolve();
    const schedule = (file: string | null) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(async () => {
          console.log(dim(`changed: ${file ?? "files"}`));
          if (await build()) server.reload({});
        });
      }, 150);
    };
    for (const dir of [contentDir, LAYOUTS_DIR]) watch(dir, { recursive: true }, (_event, file) => schedule(file));
    console.log(`Serving ${outDir}/ — watching ${contentDir}/ and layouts/. Press Ctrl+C to stop.`);
    return new Promise<number>(() => {});
  },
};
