import { countNoun } from "../content/count-noun.ts";
import type { Command } from "./command.ts";
import { green, printWarnings, reportFailure } from "./report.ts";

export const checkCommand: Command = {
  name: "check",
  summary: "Check every content file and report every problem at once, without building.",
  usage: "check [--content DIR]",
  options: { content: { type: "string", default: "content" } },
  details: "  --content DIR   content folder (default: content)",
  async run(values) {
    try {
      // Loaded when run, so that milaff starts (and shows help) without loading every command's dependencies.
      const { loadValidContent } = await import("../content/validate-content.ts");
      const content = await loadValidContent(String(values.content));
      printWarnings(content.warnings);
      const articles = content.dossiers.flatMap((d) => d.articles);
      const files = articles.reduce((n, a) => n + Object.keys(a.versions).length, 0);
      console.log(`${green("✓")} ${values.content}/ is valid: ${countNoun(content.dossiers.length, "dossier")}, ${countNoun(articles.length, "article")} (${countNoun(files, "file")}), ${countNoun(content.entities.length, "entity", "entities")}.`);
      return 0;
    } catch (error) {
      return reportFailure(error);
    }
  },
};
