import { spawn } from "node:child_process";
import path from "node:path";

const BIN = path.resolve(import.meta.dirname, "..", "..", "scripts", "milaff.mjs");

interface RunOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string>;
  /** Options for node itself, before the script (e.g. --import of a test's preload). */
  nodeOptions?: string[];
}

/** Runs the milaff command as a user would, capturing its output and exit code (or the signal that ended it). */
export function runCli(args: string[], options: RunOptions = {}): Promise<{ code: number; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), BIN, ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: "1", ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
