import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileExists } from "../content/file-exists.ts";
import path from "node:path";
import { isLang, isValidId, LANGUAGES, suggestId, type Lang } from "../content/ids.ts";
import { PLACEHOLDER } from "../content/placeholders.ts";
import type { Command } from "./command.ts";
import { fail, green, UsageError } from "./report.ts";

/** The comment on every line the curator has to fill in before removing draft: true. */
const FILL = "# ← fill in";
const DRAFT = "draft: true  # remove this line to publish; milaff check warns about drafts older than a week";

// JSON strings are valid YAML double-quoted strings: titles with colons or quotes stay intact.
const dossierFile = (title: string, placeholder: boolean, intro: string): string => `---
title: ${JSON.stringify(title)}${placeholder ? `  ${FILL}` : ""}
# summary: one or two sentences shown on the home page
# order: 1
${DRAFT}
---

${intro}
`;

const articleFile = (title: string, placeholder: boolean, today: string, status: string, body: string): string => `---
title: ${JSON.stringify(title)}${placeholder ? `  ${FILL}` : ""}
date:  ${FILL}: the original publication date, YYYY-MM-DD (time HH:MM optional)
retrieved: ${today}  # the day you saved it; a draft's age is counted from it
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
${DRAFT}
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
  summary: "Create a dossier or an article in every language, as drafts ready to fill in.",
  usage: "new dossier <id> | new article <dossier-id> <article-id> [--only ar|en] [--title TEXT] [--content DIR]",
  options: { content: { type: "string", default: "content" }, only: { type: "string" }, title: { type: "string" } },
  details: `  --only ar|en    create only this language's file
  --title TEXT    the title, in the language of --only (default: a placeholder)
  --content DIR   content folder (default: content)

The files are drafts (draft: true): check passes them and build leaves them out until you
remove that line. Lines marked "← fill in" are yours to write; check refuses a file published
with the placeholder title, and warns about a draft whose retrieved: date is more than a week
old (the date is in the file, so every copy and clone of the project gives the same answer).
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
    const given = (lang: Lang): string | undefined => (values.title && (only === lang || langs.length === 1) ? String(values.title) : undefined);
    const bad = ids.find((id) => !isValidId(id));
    if (bad !== undefined) throw new UsageError(`${JSON.stringify(bad)} is not a valid id: use lowercase a-z, 0-9 and hyphens, e.g. ${suggestId(bad)}.`);

    if (kind === "dossier" && ids.length === 1) {
      const dir = path.join(contentDir, "dossiers", ids[0]!);
      const code = await writeAll(
        langs.map((lang) => ({ file: path.join(dir, `dossier.${lang}.md`), text: dossierFile(given(lang) ?? PLACEHOLDER[lang].dossier, !given(lang), PLACEHOLDER[lang].intro) })),
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
          text: articleFile(given(lang) ?? PLACEHOLDER[lang].article, !given(lang), today, i === 0 ? "original" : "translated", PLACEHOLDER[lang].body),
        })),
      );
    }
    throw new UsageError("say what to create: milaff new dossier <id>, or milaff new article <dossier-id> <article-id>.");
  },
};
