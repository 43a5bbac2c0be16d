import { ContentError } from "../content/content-error.ts";
import { isLang, type Lang } from "../content/ids.ts";
import { parseContentDate } from "../content/parse-date.ts";
import { isWebAddress } from "../content/web-address.ts";
import { ImportError } from "../import/import-error.ts";
import type { Command } from "./command.ts";
import { fail, UsageError } from "./report.ts";

export const importCommand: Command = {
  name: "import",
  summary: "Turn a scraped article (text or saved HTML page) into a clean article file in a dossier.",
  usage: "import <file|-> --dossier <id> [--id <id>] [--lang ar|en] [--source-url URL] [--url URL] [--dry-run] [--force]",
  maxArguments: 1,
  options: {
    dossier: { type: "string" },
    id: { type: "string" },
    lang: { type: "string" },
    "source-url": { type: "string" },
    url: { type: "string" },
    retrieved: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    content: { type: "string", default: "content" },
  },
  details: `  --dossier ID        the dossier to put the article in (required)
  --id ID             the article's id (default: its date and title in ASCII, printed for you)
  --lang ar|en        its language (default: detected from the text)
  --source-url URL    the address of the original article
  --url URL           fetch the page from this address instead of reading a file
  --retrieved DATE    the day it was saved, YYYY-MM-DD (default: today)
  --dry-run           print the article and the report; write nothing
  --force             replace an existing article file
  --content DIR       content folder (default: content)

The article goes to stdout with --dry-run; the report (what was found, every removed line)
goes to stderr. Lines to remove besides the built-in widget list: content/import-rules.yml.`,
  async run(values, positionals) {
    const [input] = positionals;
    if (!values.dossier) throw new UsageError("say which dossier the article goes in: --dossier <id>.");
    if (!input && !values.url) throw new UsageError("give a file to import (or - for standard input, or --url URL).");
    if (values.lang !== undefined && !isLang(String(values.lang))) throw new UsageError(`--lang takes ar or en, not ${JSON.stringify(values.lang)}.`);
    for (const option of ["source-url", "url"]) {
      const value = values[option];
      if (value !== undefined && !isWebAddress(String(value))) throw new UsageError(`--${option} takes a web address starting with https:// or http://, not ${JSON.stringify(value)}.`);
    }
    if (values.retrieved !== undefined && !parseContentDate(String(values.retrieved))) throw new UsageError(`--retrieved takes a date as YYYY-MM-DD, not ${values.retrieved}.`);
    try {
      // Loaded when run, so that milaff starts (and shows help) without loading every command's dependencies.
      const { importArticle } = await import("../import/import-article.ts");
      const result = await importArticle({
        input: input ?? "-",
        url: values.url as string | undefined,
        dossier: String(values.dossier),
        contentDir: String(values.content),
        id: values.id as string | undefined,
        lang: values.lang as Lang | undefined,
        sourceUrl: values["source-url"] as string | undefined,
        retrieved: values.retrieved as string | undefined,
        dryRun: Boolean(values["dry-run"]),
        force: Boolean(values.force),
      });
      if (!result.written) process.stdout.write(result.markdown);
      console.error(result.report.join("\n"));
      return 0;
    } catch (error) {
      if (error instanceof ImportError || error instanceof ContentError) return fail("import", error.message);
      throw error;
    }
  },
};
