import type { Lang } from "./ids.ts";

/**
 * The text `milaff new` writes for the curator to replace. Known here, in the content step, so
 * that check can refuse a file published with a placeholder title still in it.
 */
export const PLACEHOLDER: Record<Lang, { dossier: string; article: string; intro: string; body: string }> = {
  ar: { dossier: "عنوان الملف", article: "عنوان المقال", intro: "اكتب هنا مقدمة الملف.", body: "الصق نص المقال هنا، وافصل الفقرات بسطر فارغ." },
  en: { dossier: "Dossier title", article: "Article title", intro: "Write the dossier's introduction here.", body: "Paste the article's text here, with a blank line between paragraphs." },
};

const TITLES = new Set(Object.values(PLACEHOLDER).flatMap((p) => [p.dossier, p.article]));

export function isPlaceholderTitle(title: string): boolean {
  return TITLES.has(title.trim());
}
