import { fileExists } from "../content/file-exists.ts";
import { checkOutputFolder } from "../publish/output-folder.ts";
import { SITE_OPTION_HELP, SITE_OPTIONS, type Command } from "./command.ts";
import { LAYOUTS_DIR } from "./paths.ts";
import { dim, fail, green, printWarnings, reportFailure, UsageError } from "./report.ts";

export const serveCommand: Command = {
  name: "serve",
  summary: "Build the site, serve it with live reload, and rebuild what each change touches.",
  usage: "serve [--port N] [--content DIR] [--out DIR] [--base /path/] [--force]",
  options: { ...SITE_OPTIONS, port: { type: "string", default: "8080" } },
  details: `${SITE_OPTION_HELP}\n  --port N        port to listen on (default: 8080)`,
  async run(values) {
    const contentDir = String(values.content);
    const outDir = String(values.out);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port takes a number from 1 to 65535, not ${JSON.stringify(values.port)}.`);
    if (!(await fileExists(contentDir))) return fail("serve", `there is no content folder at ${contentDir}: run milaff from your project folder, or pass --content DIR.`);
    // Loaded when run, so that milaff starts (and shows help) without loading every command's dependencies.
    // A refused output folder stops serve before anything is written: no rebuild would be allowed either.
    const refused = await checkOutputFolder(outDir, { contentDir, layoutsDir: LAYOUTS_DIR, force: Boolean(values.force) }).catch((error: unknown) => error);
    if (refused) return reportFailure(refused);
    const { serveSite } = await import("../serve/dev-server.ts");
    const seconds = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
    await serveSite(
      { contentDir, layoutsDir: LAYOUTS_DIR, outDir, base: values.base as string | undefined, url: values.url as string | undefined, force: Boolean(values.force), port },
      {
        built({ pages, ms, full, files, steps, warnings }) {
          printWarnings(warnings);
          const shown = files.length ? ` ${files.slice(0, 3).join(", ")}${files.length > 3 ? ", …" : ""}` : "";
          const timing = steps.map((s) => `${s.step} ${seconds(s.ms)}`).join(", ");
          console.log(`${green("✓")} ${full ? `built ${pages} pages` : `updated ${pages} ${pages === 1 ? "page" : "pages"}`} in ${seconds(ms)}${dim(`${shown} (${timing})`)}`);
        },
        failed: (error) => void reportFailure(error, `${outDir}/ (still serving the last good build)`),
        searched(result) {
          if (result instanceof Error) reportFailure(result);
          else if (result.records) console.log(`${green("✓")} search index updated in ${seconds(result.ms)} ${dim(`(${result.analyzed} of ${result.records} articles analyzed again)`)}`);
        },
        listening: (url) => console.log(`Serving ${outDir}/ at ${url} — watching ${contentDir}/ and layouts/. Press Ctrl+C to stop.`),
      },
    );
    return new Promise<number>(() => {});
  },
};
