/** `1 dossier`, `2 dossiers`: counts in the English of messages to curators. */
export function countNoun(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
