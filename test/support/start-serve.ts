import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const BIN = path.resolve(import.meta.dirname, "..", "..", "scripts", "milaff.mjs");

/** A port free on this machine, from the range the tests' servers use (9600–9699). */
async function freePort(): Promise<number> {
  for (let port = 9600 + Math.floor(Math.random() * 100), tries = 0; tries < 100; tries++, port = 9600 + ((port - 9600 + 1) % 100)) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer().once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port in 9600–9699");
}

export interface RunningServe {
  origin: string;
  /** The copy of the fixture's content/ that this server watches. */
  content: string;
  /** Everything the command printed so far. */
  output(): string;
  /** Resolves when the command prints a line matching `pattern` (after the call). */
  nextLine(pattern: RegExp): Promise<string>;
  /** Polls a page until its HTML contains `text`. */
  pageWith(url: string, text: string, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/** `milaff serve` on a copy of a fixture's content, as a curator runs it. */
export async function startServe(fixture: string): Promise<RunningServe> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "milaff-serve-"));
  const content = path.join(dir, "content");
  cpSync(fixture, content, { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, "serve", "--content", content, "--out", path.join(dir, "_site"), "--port", String(port)], {
    env: { ...process.env, NO_COLOR: "1" },
    // A process group of its own, stopped whole as Ctrl-C in a terminal stops it: Pagefind's
    // process, indexing after an edit, would otherwise go on writing into the folder.
    detached: true,
  });
  let output = "";
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk;
    for (const line of String(chunk).split("\n")) {
      for (const w of [...waiting]) if (w.pattern.test(line)) waiting.splice(waiting.indexOf(w), 1) && w.resolve(line);
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const closed = new Promise((resolve) => child.once("close", resolve));
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`milaff serve exited with ${code}:\n${output}`))));
  const nextLine = (pattern: RegExp) => Promise.race([new Promise<string>((resolve) => waiting.push({ pattern, resolve })), exited]);
  await nextLine(/^Serving /);
  const origin = `http://localhost:${port}`;
  return {
    origin,
    content,
    output: () => output,
    nextLine,
    async pageWith(url, text, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      let last = "";
      while (Date.now() < end) {
        last = await fetch(origin + url).then((r) => r.text()).catch(() => "");
        if (last.includes(text)) return last;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`${url} never showed ${JSON.stringify(text)}; milaff serve printed:\n${output}`);
    },
    async stop() {
      exited.catch(() => {});
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // Already gone.
      }
      await closed;
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
