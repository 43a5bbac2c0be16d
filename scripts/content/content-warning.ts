import { formatProblems, type ContentProblem } from "./content-error.ts";

/**
 * Something in a content file the curator should look at, where the build can still safely go
 * on (a byte-order mark, Windows line endings, a draft left for weeks, a link milaff dropped).
 * Same shape as a problem, so it reads the same way: file, field, expected, found, fix.
 *
 * The channel: every check that finds one pushes it onto the `warnings` array it was handed
 * (loadContent, validateDossier, …); loadValidContent returns them all as `Content.warnings`
 * (and on `ContentError.warnings` when the content is rejected), buildSite as
 * `BuildResult.warnings`; build, check and serve print them with `formatWarnings`.
 * A warning never fails a build.
 */
export type ContentWarning = ContentProblem;

/** `2 warnings in 1 file:` then the same blocks as problems, file by file. */
export function formatWarnings(warnings: ContentWarning[]): string {
  return formatProblems(warnings, "warning");
}

/** What a check hands on: problems stop the build, warnings are printed beside it. */
export interface Findings {
  problems: ContentProblem[];
  warnings: ContentWarning[];
}
