import { ContentError } from "../content/content-error.ts";
import { formatWarnings, type ContentWarning } from "../content/content-warning.ts";
import { OutputFolderError } from "../publish/output-folder.ts";
import { VerifyError } from "../verify/verify-error.ts";

const useColor = process.stderr.isTTY && !process.env.NO_COLOR;
const paint = (code: number, s: string): string => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
export const red = (s: string): string => paint(31, s);
export const green = (s: string): string => paint(32, s);
export const yellow = (s: string): string => paint(33, s);
export const dim = (s: string): string => paint(2, s);

/** Progress line for a finished pipeline step. */
export function stepLine(step: string, detail: string, ms: number): string {
  return `  ${green("✓")} ${step.padEnd(8)} ${detail.padEnd(34)} ${dim(`${Math.round(ms)} ms`)}`;
}

/** Wrong or missing arguments: the command was not run. Exits 2, like the option parser. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Prints a one-line failure of a command; returns the exit code. */
export function fail(command: string, message: string, code = 1): number {
  console.error(`${red("✗")} milaff ${command}: ${message}`);
  return code;
}

/** Prints content warnings (to stderr, beside problems), if there are any. They never change the exit code. */
export function printWarnings(warnings: ContentWarning[]): void {
  if (warnings.length) console.error(`${yellow("⚠")} ${formatWarnings(warnings)}\n`);
}

/** Prints a failure the way a curator can act on it; returns the exit code. */
export function reportFailure(error: unknown, outDir?: string): number {
  const untouched = outDir ? `\nNothing was published: ${outDir} is unchanged.` : "";
  if (error instanceof ContentError) printWarnings(error.warnings);
  if (error instanceof OutputFolderError) {
    console.error(`${red("✗")} ${error.message}`);
    return 1;
  }
  if (error instanceof ContentError || error instanceof VerifyError) {
    console.error(`${red("✗")} ${error.message}${untouched}`);
    return 1;
  }
  // Anything else is milaff's own failure: say what happened; the stack is for MILAFF_DEBUG=1.
  const detail = error instanceof Error ? (process.env.MILAFF_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
  console.error(`${red("✗")} ${detail}${untouched}${process.env.MILAFF_DEBUG ? "" : "\n(Run with MILAFF_DEBUG=1 for details to report.)"}`);
  return 1;
}
