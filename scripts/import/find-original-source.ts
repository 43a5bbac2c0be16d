/*
 * Republished news keeps the words of its first publisher: "ويكشف مصدر عسكري ليبي لـ"النهار""
 * (a source told Annahar) says the text is Annahar's reporting, whoever printed it later.
 * A publication that the text's sources speak to at least twice is taken as the original.
 */

/** Verbs of speech, present and past, with و/ف glued on ("ويقول", "وأكد"). */
const SPEECH = String.raw`(?:^|[\s،,؛.])[وف]?(?:[يت]?(?:قول|قال|كشف|ؤكد|كد|وضح|ضيف|صرح|فيد|تحدث|شير|علن)|قال|قالت|كشف|أكد|اكد|أوضح|اوضح|أضاف|اضاف|صرح|أفاد|افاد|تحدث|أشار|اشار|أعلن|اعلن)[\p{L}]*`;
const TOLD = new RegExp(`${SPEECH}[^.!؟?"«»“”]{0,80}?\\sلـ?\\s*["«“]([^"»”]{2,40})["»”]`, "gu");

/** The publication the text's sources spoke to, if it is named at least twice. */
export function findOriginalSource(paragraphs: string[]): { name: string; mentions: number } | undefined {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(TOLD)) counts.set(match[1]!.trim(), (counts.get(match[1]!.trim()) ?? 0) + 1);
  }
  const [name, mentions] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return name !== undefined && mentions! >= 2 ? { name, mentions: mentions! } : undefined;
}
