import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildCommand } from "./build-command.ts";
import { checkCommand } from "./check-command.ts";
import { helpText, type Command } from "./command.ts";
import { importCommand } from "./import-command.ts";
import { newCommand } from "./new-command.ts";
import { fail, red, UsageError } from "./report.ts";
import { serveCommand } from "./serve-command.ts";

const COMMANDS: Command[] = [buildCommand, serveCommand, checkCommand, newCommand, importCommand];

const USAGE = `milaff — bilingual Arabic/English dossier sites from Markdown

Usage: milaff <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join("\n")}

Options:
  -h, --help      show this help
  -v, --version   show milaff's version

Run milaff <command> --help for a command's options.`;

/** The version in milaff's own package.json (beside scripts/, wherever milaff is installed). */
async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    console.log(`milaff ${await version()}`);
    return 0;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`${red("✗")} unknown command ${JSON.stringify(name)}.\n\n${USAGE}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${red("✗")} milaff ${command.name}: ${(error as Error).message}\nRun milaff ${command.name} --help for its options.`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(helpText(command));
    return 0;
  }
  const extra = parsed.positionals.slice(command.maxArguments ?? 0);
  if (extra.length) return fail(command.name, `unexpected ${JSON.stringify(extra.join(" "))}. Run milaff ${command.name} --help for its usage.`, 2);
  try {
    return await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
  } catch (error) {
    if (error instanceof UsageError) return fail(command.name, `${error.message} Run milaff ${command.name} --help for its usage.`, 2);
    throw error;
  }
}

// Output piped into a command that stops reading (milaff build | head) is no reason to fail a build.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});
process.exitCode = await main(process.argv.slice(2));
