import { countNoun } from "../content/count-noun.ts";
import type { VerifyProblem } from "./verify-site.ts";

/** Thrown when the written site does not hold together; lists what is broken, by content file. */
export class VerifyError extends Error {
  readonly problems: VerifyProblem[];
  constructor(problems: VerifyProblem[], sources: Map<string, string>) {
    const shown = problems.slice(0, 50).map((p) => {
      const source = sources.get(p.page);
      return source ? `  ${source}: ${p.message} (on ${p.page})` : `  ${p.page}: ${p.message}`;
    });
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : "";
    super(`${countNoun(problems.length, "problem")} in the built site:\n${shown.join("\n")}${more}\nFix the links in the files named, or the pages they point to.`);
    this.name = "VerifyError";
    this.problems = problems;
  }
}
