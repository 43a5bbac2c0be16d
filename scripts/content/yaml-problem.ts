import type { ContentProblem } from "./content-error.ts";

/*
 * YAML parsers report where they noticed a mistake, often lines after the one that holds it
 * (an unclosed quote is "missing" at the end of the file). The common mistakes are found here
 * on the line that holds them, shown with a caret, with the fix spelled out; anything else
 * gets the parser's own words on the line it names.
 */

interface Spot {
  /** Index in `lines`. */
  index: number;
  /** Column of the caret, 0-based, in characters. */
  column: number;
  expected: string;
  found: string;
  hint: string;
}

/** The value after `key:` or `- ` on a line, with its column; undefined for other lines. */
function valueOf(line: string): { key?: string; value: string; column: number } | undefined {
  const m = /^(\s*)(?:-\s+)?([^\s#"'][^:#]*?):(?:\s+|$)/.exec(line) ?? /^(\s*)-\s+/.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length);
  return { key: m[2], value: rest, column: [...line.slice(0, m[0].length)].length };
}

/** Index of the quote that closes a value opened with `quote` at position 0, or -1. */
function closingQuote(value: string, quote: string): number {
  for (let i = 1; i < value.length; i++) {
    if (quote === '"' && value[i] === "\\") i++;
    else if (value[i] === quote) {
      if (quote === "'" && value[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function commonMistake(lines: string[]): Spot | undefined {
  for (const [index, line] of lines.entries()) {
    const tab = /^ *\t/.exec(line);
    if (tab) {
      return {
        index,
        column: tab[0].length - 1,
        expected: "indentation with spaces",
        found: "a tab",
        hint: "replace the tab with spaces (two for each level); YAML does not allow tabs for indentation.",
      };
    }
    const field = valueOf(line);
    if (!field) continue;
    const value = field.value.trimEnd();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && closingQuote(value, quote) === -1) {
      // A quoted value may go on over several lines: it is unclosed when a new field starts first.
      const next = lines.slice(index + 1).find((l) => valueOf(l) !== undefined || l.includes(quote));
      if (next === undefined || valueOf(next) !== undefined) {
        return {
          index,
          column: field.column,
          expected: `a closing ${quote} at the end of the value`,
          found: `an opening ${quote} that is never closed`,
          hint: `close the quote at the end of the value${field.key ? `, e.g. ${field.key}: ${quote}…${quote}` : ""}; a ${quote} inside the value is written ${quote === '"' ? '\\"' : "''"}.`,
        };
      }
    }
    if (quote === "[" || quote === "{") {
      const close = quote === "[" ? "]" : "}";
      if (!value.includes(close)) {
        return {
          index,
          column: field.column,
          expected: `a ${close} closing the ${quote === "[" ? "list" : "group"} on the same line`,
          found: `${quote} with no ${close}`,
          hint: `end the line with ${close}, e.g. ${field.key ?? "people"}: ${quote === "[" ? "[saddam-haftar, khalifa-haftar]" : "{ ar: …, en: … }"}`,
        };
      }
    }
    if (field.key && !/^["'[{|>&*!]/.test(value)) {
      const colon = /:(\s|$)/.exec(value.replace(/\s#.*$/, ""));
      if (colon) {
        return {
          index,
          column: field.column + [...value.slice(0, colon.index)].length,
          expected: "a value without a colon followed by a space, or the value in quotes",
          found: `a colon inside the value of ${field.key}`,
          hint: `put the whole value in double quotes: ${field.key}: "${value.replace(/"/g, '\\"')}"`,
        };
      }
    }
  }
  return undefined;
}

/** The line and its caret, as shown under a problem. */
export function excerptAt(lineNumber: number, text: string, column: number): string[] {
  const gutter = String(lineNumber);
  return [`${gutter} | ${text}`, `${" ".repeat(gutter.length)} | ${" ".repeat(Math.max(0, column))}^`];
}

/**
 * A problem for YAML that does not parse. `lines` are the YAML's lines; `firstLine` is the file
 * line number of the first of them (2 in a Markdown file, after the opening ---).
 */
export function yamlProblem(file: string, lines: string[], firstLine: number, error: unknown): ContentProblem {
  const spot = commonMistake(lines);
  if (spot) {
    const lineNumber = firstLine + spot.index;
    return { file, field: `line ${lineNumber}`, expected: spot.expected, found: spot.found, hint: spot.hint, excerpt: excerptAt(lineNumber, lines[spot.index]!, spot.column) };
  }
  const message = error instanceof Error ? error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "") : String(error);
  const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  const index = Math.min(Math.max((pos?.line ?? 1) - 1, 0), Math.max(lines.length - 1, 0));
  const lineNumber = firstLine + index;
  return {
    file,
    field: `line ${lineNumber}`,
    expected: "valid YAML",
    found: JSON.stringify(message),
    hint: "check the quoting and indentation on this line and the one above; values holding a colon or starting with a quote need quotes around them.",
    excerpt: excerptAt(lineNumber, lines[index] ?? "", (pos?.col ?? 1) - 1),
  };
}
