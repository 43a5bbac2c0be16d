import { ContentError } from "../content/content-error.ts";
import { isLang, type Lang } from "../content/ids.ts";
import { parseContentDate } from "../content/parse-date.ts";
import { importArticle } from "../import/import-article.ts";
import { ImportError } from "../import/import-error.ts";
import type { Command } from "./command.ts";
import { red } from "./report.ts";

const fail = (message: string): number => {
  console.error(`${red("✗")} milaff import: ${message}`);
  return 1;
};

export const importCommand: Command = {
  name: "import",
  summary: "Turn a scraped article (text or saved HTML page) into a clean article file in a dossier.",
  usage: "import <file|-> --dossier <id> [--id <id>] [--lang ar|en] [--source-url URL] [--url URL] [--dry-run] [--force]",
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
    if (!values.dossier) return fail("say which dossier the article goes in: --dossier <id>.");
    if (!input && !values.url) return fail("give a file to import (or - for standard input, or --url URL).");
    if (values.lang !== undefined && !isLang(String(values.lang))) return fail(`--lang takes ar or en, not ${JSON.stringify(values.lang)}.`);
    if (values["source-url"] !== undefined && !URL.canParse(String(values["source-url"]))) return fail(`--source-url ${values["source-url"]} is not a web address.`);
    if (values.retrieved !== undefined && !parseContentDate(String(values.retrieved))) return fail(`--retrieved takes a date as YYYY-MM-DD, not ${values.retrieved}.`);
    try {
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
      if (error instanceof ImportError) return fail(error.message);
      if (error instanceof ContentError) return fail(error.message);
      throw error;
    }
  },
};
