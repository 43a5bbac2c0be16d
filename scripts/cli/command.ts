import type { ParseArgsConfig } from "node:util";

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** A subcommand: its help text and what it runs. Values arrive parsed by util.parseArgs. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Options;
  /** How many arguments it takes besides options (default none). */
  maxArguments?: number;
  /** Extra help lines after the options. */
  details?: string;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

/** Options shared by the commands that read content and write a site. */
export const SITE_OPTIONS: Options = {
  content: { type: "string", default: "content" },
  out: { type: "string", default: "_site" },
  base: { type: "string" },
  url: { type: "string" },
  force: { type: "boolean", default: false },
};

export const SITE_OPTION_HELP = `  --content DIR   content folder (default: content)
  --out DIR       output folder (default: _site); replaced only when the build succeeds,
                  and only if it is empty or was written by milaff
  --force         replace an output folder milaff did not write (never one holding
                  the content, the project or your home folder)
  --base /path/   path the site is served under, e.g. /my-repo/ for GitHub Pages (default: /)
  --url URL       public address of the site, base path included (canonical links);
                  overrides site.yml's url`;

/**
 * A command's help: usage, summary, its options with -h, --help last among them (aligned with
 * theirs), then any notes. `details` is the options' lines, then, after a blank line, the notes.
 */
export function helpText(command: Command): string {
  const [options = "", ...notes] = (command.details ?? "").split("\n\n");
  const column = /^ {2}-\S.*? {2,}/m.exec(options)?.[0].length ?? 18;
  const help = `${"  -h, --help".padEnd(Math.max(column, 14))}show this help`;
  return [`Usage: milaff ${command.usage}`, "", command.summary, "", "Options:", ...(options ? [options] : []), help, ...(notes.length ? ["", notes.join("\n\n")] : [])].join("\n");
}
