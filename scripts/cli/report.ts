import { ContentError } from "../content/content-error.ts";
import { VerifyError } from "../publish/build-site.ts";

const useColor = process.stderr.isTTY && !process.env.NO_COLOR;
const paint = (code: number, s: string): string => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
export const red = (s: string): string => paint(31, s);
export const green = (s: string): string => paint(32, s);
export const dim = (s: string): string => paint(2, s);

/** Progress line for a finished pipeline step. */
export function stepLine(step: string, detail: string, ms: number): string {
  return `  ${green("✓")} ${step.padEnd(8)} ${detail.padEnd(34)} ${dim(`${Math.round(ms)} ms`)}`;
}

/** Prints a failure the way a curator can act on it; returns the exit code. */
export function reportFailure(error: unknown, outDir?: string): number {
  const untouched = outDir ? `\nNothing was published: ${outDir} is unchanged.` : "";
  if (error instanceof ContentError || error instanceof VerifyError) {
    console.error(`${red("✗")} ${error.message}${untouched}`);
    return 1;
  }
  console.error(`${red("✗")} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}${untouched}`);
  return 1;
}
