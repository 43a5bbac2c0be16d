#!/usr/bin/env node
// The milaff command, run from a JavaScript build of scripts/ that is remade whenever a source
// changes (compiled-cli.mjs says why and how).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { compiledCli } from "./compiled-cli.mjs";

// Eleventy registers a module loader hook to reload changed JavaScript templates; milaff has none,
// and with the hook every later import waits on a loader thread (about a third of a second).
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";

let entry;
try {
  const compiled = await compiledCli();
  // Worker threads start from the same build (site/start-worker.ts).
  globalThis[Symbol.for("milaff.compiled")] = compiled;
  entry = pathToFileURL(path.join(compiled, "cli", "main.js")).href;
} catch (error) {
  // No writable cache (a read-only install): run the sources through tsx's loader, slower to start.
  if (process.env.MILAFF_DEBUG) console.error(`milaff: running from the TypeScript sources (${error.message})`);
  const { register } = await import("tsx/esm/api");
  register();
  entry = "./cli/main.ts";
}
if (process.env.MILAFF_DEBUG) process.setSourceMapsEnabled(true);
await import(entry);
