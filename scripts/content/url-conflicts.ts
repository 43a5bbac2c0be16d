import type { ContentProblem } from "./content-error.ts";
import type { ArticleSource } from "./validate-dossiers.ts";

/*
 * Two pages must never claim one address. Article pages live at /<lang>/<dossier>/<id>/ and
 * an old id in `aliases` makes a forwarding page at /<lang>/<dossier>/<alias>/, so an alias
 * must not be an article's id (it would hide that article) nor another article's alias (an
 * old address forwards to one article only). Dossier ids that would hide a site page are
 * refused where dossiers are checked (RESERVED_DOSSIER_IDS).
 */
export function checkUrlConflicts(dossierId: string, articles: ArticleSource[], problems: ContentProblem[]): void {
  const pages = new Map<string, string>();
  for (const article of articles) for (const [lang, version] of Object.entries(article.versions)) pages.set(`${lang}/${article.id}`, version!.file);
  const claimed = new Map<string, { file: string; field: string; article: string }>();
  for (const article of articles) {
    const languages = Object.keys(article.versions);
    for (const version of Object.values(article.versions)) {
      (version!.data.aliases ?? []).forEach((alias, i) => {
        const field = `aliases[${i}]`;
        const at = (lang: string) => `/${lang}/${dossierId}/${alias}/`;
        if (alias === article.id) {
          problems.push({ file: version!.file, field, expected: "an id this article had before", found: `"${alias}", its own id`, hint: "remove it: the article's own address needs no alias." });
          return;
        }
        for (const lang of languages) {
          const live = pages.get(`${lang}/${alias}`);
          const other = claimed.get(`${lang}/${alias}`);
          if (live) {
            problems.push({
              file: version!.file,
              field,
              expected: "an old id that no article has now",
              found: `"${alias}", the id of ${live}: both would claim ${at(lang)}, and the forwarding page would hide that article`,
              hint: "remove the alias, or give one of the two articles another id.",
            });
            return;
          }
          if (other && other.article !== article.id) {
            problems.push({
              file: version!.file,
              field,
              expected: "an old id of this article only",
              found: `"${alias}", also an old id in ${other.file} (${other.field}): both would claim ${at(lang)}`,
              hint: "an old address can forward to one article only: keep the alias in the article that had that id.",
            });
            return;
          }
        }
        for (const lang of languages) claimed.set(`${lang}/${alias}`, { file: version!.file, field, article: article.id });
      });
    }
  }
}
