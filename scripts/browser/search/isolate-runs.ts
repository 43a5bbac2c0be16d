export type Dir = "ltr" | "rtl";

export interface Run {
  start: number;
  end: number;
  dir: Dir;
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_LETTER = /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])\p{L}/u;
/** Quotes, brackets and sentence punctuation at a run's edges belong to the text around it. */
const EDGE = /[«»“”„‘’‚"'()[\]{}<>﴾﴿.,;:!?،؛؟…]/;

/**
 * Runs of a text (between `from` and `to`) written in the other direction than `dir`: whole
 * space-separated chunks with letters of that direction only (a path, a Latin name, an English
 * phrase inside Arabic), without the punctuation at their edges. Isolated (`<bdi>`), they keep
 * their own order: content/dossiers/ shows its slash at its end, not at the Arabic side.
 */
export function isolatedRuns(text: string, from: number, to: number, dir: Dir): Run[] {
  const other: Dir = dir === "rtl" ? "ltr" : "rtl";
  const [own, foreign] = dir === "rtl" ? [RTL_LETTER, LTR_LETTER] : [LTR_LETTER, RTL_LETTER];
  const runs: Run[] = [];
  let open: Run | undefined;
  for (const m of text.slice(from, to).matchAll(/\S+/g)) {
    const chunkStart = from + m.index;
    const chunkEnd = chunkStart + m[0].length;
    if (!foreign.test(m[0]) || own.test(m[0])) {
      open = undefined;
      continue;
    }
    let start = chunkStart;
    let end = chunkEnd;
    while (EDGE.test(text[start]!)) start++;
    while (EDGE.test(text[end - 1]!)) end--;
    // Runs join across spaces, unless punctuation closes one or opens the next.
    if (open && start === chunkStart) open.end = end;
    else runs.push((open = { start, end, dir: other }));
    if (end !== chunkEnd) open = undefined;
  }
  return runs;
}
