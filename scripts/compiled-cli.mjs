// Node 20 cannot run TypeScript, and transpiling every source on every start (tsx) costs a
// second or more. milaff runs from a JavaScript build of scripts/ instead: one esbuild bundle,
// split per command, kept under node_modules/.cache/milaff/ in a folder named by the hash of
// every file under scripts/, so that a source change always leads to a new build (made on the
// next start, in a fraction of a second) and a stale one is never run. `npm ci` makes it
// ahead of time (the prepare script).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SCRIPTS = path.dirname(fileURLToPath(import.meta.url));
const CACHE = path.join(SCRIPTS, "..", "node_modules", ".cache", "milaff");
const ENTRY = path.join(SCRIPTS, "cli", "main.ts");
/** Worker threads' modules (`*-worker.ts`) are entry points of their own (site/start-worker.ts). */
const isWorker = (file) => file.endsWith("-worker.ts");
/** Builds older than the newest few are removed; a few stay for milaff processes still running them. */
const KEEP = 3;

function sourceFiles() {
  return readdirSync(SCRIPTS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** Hash of every file under scripts/ (this one included) and of the esbuild that compiles them. */
function sourceHash() {
  const hash = createHash("sha256");
  // The build finds layouts and assets from where its sources are: a checkout moved, or a
  // node_modules shared with another checkout, must not run a build made for another folder.
  hash.update(`${SCRIPTS}\0`);
  hash.update(readFileSync(path.join(SCRIPTS, "..", "node_modules", "esbuild", "package.json")));
  for (const file of sourceFiles()) hash.update(`${path.relative(SCRIPTS, file)}\0`).update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * Each module keeps its own location: `import.meta.url` (and dirname, filename) are written in
 * as the source file's, so that paths computed from it (layouts/, browser sources) are the same
 * compiled or not.
 */
const sourceLocation = {
  name: "source-location",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8")
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll("import.meta.dirname", JSON.stringify(path.dirname(args.path)))
        .replaceAll("import.meta.filename", JSON.stringify(args.path));
      return { contents: text, loader: "ts" };
    });
  },
};

/** Compiles into `target`, unless a source changed meanwhile (then the caller hashes again). */
async function compile(target, hash) {
  const { build } = await import("esbuild");
  mkdirSync(CACHE, { recursive: true });
  // Whatever package holds this folder, its .js files are ES modules.
  writeFileSync(path.join(CACHE, "package.json"), '{ "type": "module" }\n');
  const temporary = `${target}.tmp-${process.pid}`;
  try {
    await build({
      entryPoints: [ENTRY, ...sourceFiles().filter(isWorker)],
      outbase: SCRIPTS,
      entryNames: "[dir]/[name]",
      chunkNames: "chunks/[name]-[hash]",
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      outdir: temporary,
      sourcemap: "linked",
      logLevel: "silent",
      plugins: [sourceLocation],
    });
    if (sourceHash() !== hash) {
      rmSync(temporary, { recursive: true, force: true });
      return false;
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    // Another milaff start made the same build meanwhile: use it.
    if (!exists(target)) throw error;
  }
  const builds = readdirSync(CACHE)
    .filter((name) => name.startsWith("cli-"))
    .map((name) => ({ name, time: statSync(path.join(CACHE, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  const done = builds.filter((b) => !b.name.includes(".tmp-"));
  // Half-made builds of interrupted starts go once they are clearly abandoned.
  const abandoned = builds.filter((b) => b.name.includes(".tmp-") && Date.now() - b.time > 10 * 60_000);
  for (const old of [...done.slice(KEEP), ...abandoned]) rmSync(path.join(CACHE, old.name), { recursive: true, force: true });
  return true;
}

function exists(file) {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder of the compiled build, compiling first if the sources changed since the last one.
 * Its `cli/main.js` is the command; each `*-worker.ts` is at its own path there, as `.js`.
 */
export async function compiledCli() {
  for (;;) {
    const hash = sourceHash();
    const target = path.join(CACHE, `cli-${hash}`);
    if (exists(path.join(target, "cli", "main.js")) || (await compile(target, hash))) return target;
  }
}

// `node scripts/compiled-cli.mjs` (npm's prepare script): compile now rather than on first use.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await compiledCli();
