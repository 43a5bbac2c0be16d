import { countNoun } from "./count-noun.ts";

/** One problem in one content file: where it is, what was wanted, what was there, how to fix it. */
export interface ContentProblem {
  /** Path as the curator would type it, relative to the working directory. */
  file: string;
  /** Front matter path such as `source.url` or `people[1]`; `(file name)` or `(front matter)` when it is not a field. */
  field: string;
  expected: string;
  found: string;
  hint: string;
  /** Lines of the file shown under the problem, e.g. the line at fault with a caret under the mistake. */
  excerpt?: string[];
}

/** Thrown once, after every file was checked, carrying every problem found (and the warnings, to print beside them). */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  readonly warnings: ContentProblem[];
  constructor(problems: ContentProblem[], warnings: ContentProblem[] = []) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
    this.warnings = warnings;
  }
}

/** `3 problems in 2 files:` then, file by file, each one with its fix. */
export function formatProblems(problems: ContentProblem[], noun = "problem"): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`${countNoun(problems.length, noun)} in ${countNoun(byFile.size, "file")}:`];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push("", file);
    for (const p of list) {
      lines.push(`  ${p.field}: expected ${p.expected}, found ${p.found}.`, ...(p.excerpt ?? []).map((l) => `      ${l}`), `    Fix: ${p.hint}`);
    }
  }
  return lines.join("\n");
}

/** Describes a found value briefly, the way the error messages quote it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(short);
  }
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return "a group of fields";
}
