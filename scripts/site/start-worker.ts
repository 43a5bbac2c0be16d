import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const SCRIPTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Starts a worker thread on a `*-worker.ts` module. When milaff runs compiled (compiled-cli.mjs),
 * the worker runs that module's compiled copy from the same build; otherwise the TypeScript
 * source, through tsx's loader registered in the worker itself (worker threads on Node 20 do not
 * inherit it, nor take it from --import).
 */
export function startWorker(module: URL, workerData: unknown): Worker {
  const compiled = (globalThis as Record<symbol, string | undefined>)[Symbol.for("milaff.compiled")];
  if (compiled) return new Worker(path.join(compiled, path.relative(SCRIPTS, fileURLToPath(module)).replace(/\.ts$/, ".js")), { workerData });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return new Worker(`import(${tsx}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(module.href)}))`, { eval: true, workerData });
}
