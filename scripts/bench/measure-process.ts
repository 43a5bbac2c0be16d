import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";

/** Resident memory of a process and all its descendants, from /proc (Linux). */
async function treeRss(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields.length < 22) continue;
    const pid = Number(entry);
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
    rss.set(pid, Number(fields[21]) * 4096);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Measured {
  ms: number;
  peakBytes: number;
  stdout: string;
}

/** Runs a command to completion, timing it and sampling its process tree's memory. */
export function measureProcess(command: string, args: string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let peakBytes = 0;
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setInterval(async () => {
      peakBytes = Math.max(peakBytes, await treeRss(child.pid!));
    }, 50);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${stderr}`));
      else resolve({ ms: performance.now() - start, peakBytes, stdout });
    });
  });
}
