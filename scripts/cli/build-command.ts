import { SITE_OPTION_HELP, SITE_OPTIONS, type Command } from "./command.ts";
import { LAYOUTS_DIR } from "./paths.ts";
import { printWarnings, reportFailure, stepLine, UsageError } from "./report.ts";
import { isWebAddress } from "../content/web-address.ts";

export const buildCommand: Command = {
  name: "build",
  summary: "Check the content, then build the site into the output folder (replaced only on success).",
  usage: "build [--content DIR] [--out DIR] [--base /path/] [--url URL] [--force]",
  options: SITE_OPTIONS,
  details: SITE_OPTION_HELP,
  async run(values) {
    const outDir = String(values.out);
    if (values.url !== undefined && !isWebAddress(String(values.url))) throw new UsageError(`--url takes the site's public address, starting with https:// or http://, not ${JSON.stringify(values.url)}.`);
    const start = performance.now();
    // Loaded when run, so that milaff starts (and shows help) without loading every command's dependencies.
    const { buildSite } = await import("../publish/build-site.ts");
    try {
      const result = await buildSite({
        contentDir: String(values.content),
        layoutsDir: LAYOUTS_DIR,
        outDir,
        base: values.base as string | undefined,
        url: values.url as string | undefined,
        force: Boolean(values.force),
        // On a terminal, the step under way shows until its result replaces it.
        onStart: (step) => process.stdout.isTTY && process.stdout.write(`  … ${step}`),
        onStep: (step, detail, ms) => console.log(`${process.stdout.isTTY ? "\r\x1b[K" : ""}${stepLine(step, detail, ms)}`),
      });
      printWarnings(result.warnings);
      console.log(`Built ${result.pages} pages into ${outDir}/ in ${((performance.now() - start) / 1000).toFixed(1)} s.`);
      return 0;
    } catch (error) {
      return reportFailure(error, `${outDir}/`);
    }
  },
};
