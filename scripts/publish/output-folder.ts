import { readdir, realpath, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileExists } from "../content/file-exists.ts";

/*
 * milaff replaces its output folder whole, so it must only ever replace a folder it wrote. Every
 * output (and every staging folder) carries this marker file; a folder without it is someone's.
 */
export const OUTPUT_MARKER = ".milaff-output";
export const OUTPUT_MARKER_TEXT = "This folder was written by milaff. The next milaff build replaces it whole: keep no files of your own here.\n";

/** The output folder may not be used: nothing was read, built or removed. */
export class OutputFolderError extends Error {
  override name = "OutputFolderError";
}

/** A path with its links resolved, also when its last parts do not exist yet. */
async function resolveReal(target: string): Promise<string> {
  const absolute = path.resolve(target);
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      return path.join(await realpath(existing), ...missing);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return absolute;
      missing.unshift(path.basename(existing));
      existing = parent;
    }
  }
}

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** Older milaff wrote no marker: its output is recognised by what every build writes. */
async function looksLikeOlderOutput(dir: string, names: string[]): Promise<boolean> {
  return names.includes(".nojekyll") && names.includes("index.html") && names.includes("pagefind") && (await fileExists(path.join(dir, "pagefind", "pagefind.js")));
}

export interface OutputFolderOptions {
  contentDir: string;
  layoutsDir: string;
  /** Replace a folder milaff did not write (still never one of the protected folders). */
  force?: boolean;
}

/**
 * Refuses an output folder that milaff must not replace: always one that is, holds or sits inside
 * the content or the layouts, one that is or holds the project (the working folder, or a folder holding package.json or content/) or
 * the home folder; without --force, any non-empty folder milaff did not write.
 */
export async function checkOutputFolder(outDir: string, options: OutputFolderOptions): Promise<void> {
  const target = await resolveReal(outDir);
  const shown = `${outDir.replace(/\/+$/, "")}/`;
  const guarded: [string, string][] = [
    [options.contentDir, "the content folder"],
    [options.layoutsDir, "the layouts folder"],
    [process.cwd(), "the project folder you are working in"],
    [os.homedir(), "your home folder"],
  ];
  const resolved = await Promise.all(guarded.map(async ([dir, what]) => [dir, what, await resolveReal(dir)] as const));
  // "is the project folder" says more than "holds the content folder": exact matches first.
  resolved.sort(([, , a], [, , b]) => Number(b === target) - Number(a === target));
  for (const [dir, what, real] of resolved) {
    if (inside(real, target)) {
      throw new OutputFolderError(
        `--out ${shown} ${real === target ? "is" : "holds"} ${what}${real === target ? "" : ` (${dir})`}: a build replaces its output folder whole, so it would delete it. Choose a folder of its own for the site, e.g. --out _site (--force does not change this).`,
      );
    }
  }
  for (const [dir, what] of [[options.contentDir, "the content folder"], [options.layoutsDir, "the layouts folder"]] as const) {
    if (inside(target, await resolveReal(dir))) {
      throw new OutputFolderError(`--out ${shown} is inside ${what} (${dir}): the site would be read back as content or replace part of it. Choose a folder of its own for the site, e.g. --out _site (--force does not change this).`);
    }
  }
  if (!(await fileExists(target))) return;
  if (!(await stat(target)).isDirectory()) {
    throw new OutputFolderError(`--out ${outDir} is a file, not a folder: choose a folder for the site, e.g. --out _site.`);
  }
  const names = await readdir(target);
  if (names.includes("package.json") || names.includes("content")) {
    throw new OutputFolderError(
      `--out ${shown} holds ${names.includes("content") ? "a content/ folder" : "a package.json"}, so it is a project folder: a build replaces its output folder whole, so it would delete it. Choose a folder of its own for the site, e.g. --out _site (--force does not change this).`,
    );
  }
  if (!names.length || names.includes(OUTPUT_MARKER) || options.force || (await looksLikeOlderOutput(target, names))) return;
  const some = names.sort().slice(0, 3).join(", ");
  throw new OutputFolderError(
    `${shown} holds files milaff did not write (${some}${names.length > 3 ? ", …" : ""}): a build replaces its output folder whole, so milaff leaves this one alone. Choose another folder with --out, empty this one, or pass --force to replace it and everything in it.`,
  );
}
