import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileExists } from "../content/file-exists.ts";
import path from "node:path";
import { isLang, isValidId, LANGUAGES, suggestId, type Lang } from "../content/ids.ts";
import type { Command } from "./command.ts";
import { fail, green, UsageError } from "./report.ts";

const PLACEHOLDER: Record<Lang, { dossier: string; article: string; intro: string; body: string }> = {
  ar: { dossier: "عنوان الملف", article: "عنوان المقال", intro: "اكتب هنا مقدمة الملف.", body: "الصق نص المقال هنا، وافصل الفقرات بسطر فارغ." },
  en: { dossier: "Dossier title", article: "Article title", intro: "Write the dossier's introduction here.", body: "Paste the article's text here, with a blank line between paragraphs." },
};

// JSON strings are valid YAML double-quoted strings: titles with colons or quotes stay intact.
const dossierFile = (title: string, intro: string): string => `---\ntitle: ${JSON.stringify(title)}\n# summary: one or two sentences shown on the home page\n# order: 1\n---\n\n${intro}\n`;

const articleFile = (title: string, today: string, status: string, body: string): string => `---
title: ${JSON.stringify(title)}
date: ${today}  # original publication date: YYYY-MM-DD, time HH:MM optional
retrieved: ${today}  # the day you saved it
# source:
#   name: النهار
#   url: https://www.annahar.com/...
#   author: ...
#   via:
#     - name: النشرة
# summary: ...
# people: [saddam-haftar]  # ids from entities.yml; also orgs: and places:
# image:
#   src: media/photo.jpg
#   caption: ...
#   credit: ...
# note: ...  # the curator's note, shown apart from the text
translation:
  status: ${status}  # original, or translated (add   by: your name)
---

${body}
`;

/** The languages site.yml lists (both when it says nothing, or cannot be read: check will say why). */
async function siteLanguages(contentDir: string): Promise<Lang[]> {
  // Loaded when run, so that milaff starts (and shows help) without loading every command's dependencies.
  const { parseYamlText } = await import("../content/load-content.ts");
  const data = await readFile(path.join(contentDir, "site.yml"), "utf8")
    .then((text) => parseYamlText(text) as { languages?: unknown })
    .catch(() => null);
  const listed = Array.isArray(data?.languages) ? data.languages.filter((l): l is Lang => typeof l === "string" && isLang(l)) : [];
  return listed.length ? listed : [...LANGUAGES];
}

/** Writes every file or none: all targets are checked before the first write. */
async function writeAll(files: { file: string; text: string }[]): Promise<number> {
  for (const { file } of files) {
    if (await fileExists(file)) return fail("new", `${file} already exists; milaff new never overwrites. Choose another id or edit the file.`);
  }
  for (const { file, text } of files) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    console.log(`${green("+")} ${file}`);
  }
  return 0;
}

export const newCommand: Command = {
  name: "new",
  summary: "Create a dossier or an article in every language, ready to fill in.",
  usage: "new dossier <id> | new article <dossier-id> <article-id> [--only ar|en] [--title TEXT] [--content DIR]",
  options: { content: { type: "string", default: "content" }, only: { type: "string" }, title: { type: "string" } },
  details: `  --only ar|en    create only this language's file
  --title TEXT    the title, in the language of --only (default: a placeholder)
  --content DIR   content folder (default: content)

Ids are lowercase a-z, 0-9 and hyphens; they become the permanent link.
Examples:
  milaff new dossier libya-jordan
  milaff new article libya-jordan haftar-visits-amman --only ar --title "صدام حفتر في عمّان"`,
  maxArguments: 3,
  async run(values, positionals) {
    const [kind, ...ids] = positionals;
    const contentDir = String(values.content);
    const only = values.only as string | undefined;
    const site = await siteLanguages(contentDir);
    if (only !== undefined && !(isLang(only) && site.includes(only))) throw new UsageError(`--only takes one of this site's languages (${site.join(", ")}), not ${JSON.stringify(only)}.`);
    const langs: Lang[] = only ? [only as Lang] : site;
    const title = (lang: Lang, fallback: string) => (values.title && (only === lang || langs.length === 1) ? String(values.title) : fallback);
    const bad = ids.find((id) => !isValidId(id));
    if (bad !== undefined) throw new UsageError(`${JSON.stringify(bad)} is not a valid id: use lowercase a-z, 0-9 and hyphens, e.g. ${suggestId(bad)}.`);

    if (kind === "dossier" && ids.length === 1) {
      const dir = path.join(contentDir, "dossiers", ids[0]!);
      const code = await writeAll(
        langs.map((lang) => ({ file: path.join(dir, `dossier.${lang}.md`), text: dossierFile(title(lang, PLACEHOLDER[lang].dossier), PLACEHOLDER[lang].intro) })),
      );
      if (code === 0) await mkdir(path.join(dir, "media"), { recursive: true });
      return code;
    }
    if (kind === "article" && ids.length === 2) {
      const [dossier, id] = ids as [string, string];
      const dir = path.join(contentDir, "dossiers", dossier);
      if (!(await fileExists(dir))) return fail("new", `there is no dossier ${dossier} (${dir}); create it first with milaff new dossier ${dossier}.`);
      const today = new Date().toISOString().slice(0, 10);
      return writeAll(
        langs.map((lang, i) => ({
          file: path.join(dir, `${id}.${lang}.md`),
          text: articleFile(title(lang, PLACEHOLDER[lang].article), today, i === 0 ? "original" : "translated", PLACEHOLDER[lang].body),
        })),
      );
    }
    throw new UsageError("say what to create: milaff new dossier <id>, or milaff new article <dossier-id> <article-id>.");
  },
};
