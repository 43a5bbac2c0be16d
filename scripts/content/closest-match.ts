/** Edits (insert, delete, replace a character) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * The candidate a typo most likely meant, for "did you mean …?" hints: the nearest within two
 * edits (three for long words such as entity ids), or undefined when nothing is that close.
 */
export function closestMatch(word: string, candidates: string[]): string | undefined {
  const typed = word.toLowerCase();
  const limit = typed.length > 10 ? 4 : 3;
  let best: string | undefined;
  let bestDistance = limit;
  for (const c of candidates) {
    const d = editDistance(typed, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}
