export type Dir = "ltr" | "rtl";

export interface Run {
  start: number;
  end: number;
  dir: Dir;
}

// Letters decide a chunk's direction; punctuation (the Arabic comma included) and digits do not. The tatweel
// (ـ, a letter of no script of its own) is Arabic: لـ"النهار" is one word.
const RTL_LETTER = /[\p{Script_Extensions=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}](?<=\p{L})/u;
const LTR_LETTER = /(?![\p{Script_Extensions=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}])\p{L}/u;
/** Quotes, brackets and sentence punctuation at a run's edges belong to the text around it. */
const EDGE = /[«»“”„‘’‚"'()[\]{}<>﴾﴿.,;:!?،؛؟…]/;
/**
 * Quotes and brackets end a run (each quoted or bracketed part is a run of its own), and so does
 * punctuation before a space: in "و, ف, ب and ل" the commas are the sentence's, and each letter
 * keeps its place in the list.
 */
const PAIRED = /[«»“”„‘’‚"'()[\]{}<>﴾﴿]/;
const PAUSE = /[.,;:!?،؛؟…]/;

/**
 * Runs of a text (between `from` and `to`) written in the other direction than `dir`: from a
 * letter of that direction to the last one (or Latin digit) before a letter of `dir`, spaces and
 * punctuation inside words (entities.yml) between them included, with what is attached to their ends (a path's slashes, an
 * option's dashes) but not the quotes, brackets and sentence punctuation around them. Isolated
 * (`<bdi>`), they keep their own order: content/dossiers/ shows its slash at its end, not on the
 * Arabic side. Runs never cut a word.
 */
export function isolatedRuns(text: string, from: number, to: number, dir: Dir): Run[] {
  const other: Dir = dir === "rtl" ? "ltr" : "rtl";
  const [own, foreign] = dir === "rtl" ? [RTL_LETTER, LTR_LETTER] : [LTR_LETTER, RTL_LETTER];
  const attached = (c: string | undefined) => c !== undefined && !/\s/.test(c) && !EDGE.test(c) && !own.test(c);
  const runs: Run[] = [];
  for (let i = from; i < to; i++) {
    if (!foreign.test(text[i]!)) continue;
    let start = i;
    while (start > from && attached(text[start - 1])) start--;
    let end = i + 1;
    for (let j = i + 1; j < to && !own.test(text[j]!); j++) {
      // An apostrophe between letters (Amman's) is part of the word.
      if (PAIRED.test(text[j]!) && !(/\p{L}/u.test(text[j - 1]!) && /\p{L}/u.test(text[j + 1] ?? ""))) break;
      if (PAUSE.test(text[j]!) && /^\s?$/.test(text[j + 1] ?? "")) break;
      if (foreign.test(text[j]!) || /[0-9]/.test(text[j]!)) end = j + 1;
    }
    while (end < to && attached(text[end])) end++;
    runs.push({ start, end, dir: other });
    i = end;
  }
  return runs;
}
