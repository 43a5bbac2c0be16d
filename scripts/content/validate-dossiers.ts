import path from "node:path";
import type { ContentProblem } from "./content-error.ts";
import { isLang, isValidId, parseContentFileName, RESERVED_DOSSIER_IDS, suggestId, type Lang } from "./ids.ts";
import type { RawDossier, RawMarkdown } from "./load-content.ts";
import { markdownImageRefs, mediaPath } from "./media-path.ts";
import { parseContentDate, type ContentDate } from "./parse-date.ts";
import { parseWithSchema } from "./parse-with-schema.ts";
import { checkUrlConflicts } from "./url-conflicts.ts";
import { articleSchema, dossierSchema, ENTITY_KINDS, type ArticleData, type DossierData } from "./schema.ts";
import type { EntityDef } from "./validate-site.ts";

export interface DossierFile {
  lang: Lang;
  file: string;
  data: DossierData;
  body: string;
}

export interface ArticleFile {
  lang: Lang;
  file: string;
  data: ArticleData;
  date: ContentDate;
  retrieved?: ContentDate;
  body: string;
}

export interface ArticleSource {
  id: string;
  versions: Partial<Record<Lang, ArticleFile>>;
}

export interface DossierSource {
  id: string;
  /** Absolute folder, for copying media. */
  dir: string;
  versions: Partial<Record<Lang, DossierFile>>;
  articles: ArticleSource[];
  media: Set<string>;
}

function checkImages(
  file: string,
  refs: { field: string; src: string }[],
  media: Set<string>,
  problems: ContentProblem[],
): void {
  for (const { field, src } of refs) {
    const inDossier = mediaPath(src);
    if (inDossier === null) {
      problems.push({
        file,
        field,
        expected: "an image file in this dossier's media/ folder",
        found: `${JSON.stringify(src)}, ${/^[a-z][a-z0-9+.-]*:/i.test(src) ? "a web address" : "a path outside the dossier"}`,
        hint: "save the image into the dossier's media/ folder and write media/<file name>: the site then keeps it, offline too, after the source takes it down.",
      });
      continue;
    }
    if (inDossier.startsWith("media/") && media.has(inDossier)) continue;
    const close = [...media].find((m) => m.toLowerCase() === inDossier.toLowerCase());
    problems.push({
      file,
      field,
      expected: "an image file in this dossier's media/ folder",
      found: `${JSON.stringify(src)}, which does not exist`,
      hint: close
        ? `did you mean ${close}? File names are case-sensitive on the web.`
        : `put the file at ${path.posix.join(path.dirname(file).split(path.sep).join("/"), inDossier)} or correct the path.`,
    });
  }
}

function checkEntities(file: string, data: ArticleData, entities: EntityDef[], problems: ContentProblem[]): void {
  for (const kind of ENTITY_KINDS) {
    const known = entities.filter((e) => e.kind === kind).map((e) => e.id);
    (data[kind] ?? []).forEach((ref, i) => {
      if (known.includes(ref)) return;
      const elsewhere = entities.find((e) => e.id === ref);
      const similar = known.find((k) => k.includes(ref) || ref.includes(k));
      problems.push({
        file,
        field: `${kind}[${i}]`,
        expected: `an id listed under ${kind}: in entities.yml`,
        found: `${JSON.stringify(ref)}, which is not there`,
        hint: elsewhere
          ? `${ref} is listed under ${elsewhere.kind}:; move the reference to ${elsewhere.kind}: in this file.`
          : similar
            ? `did you mean ${similar}? Otherwise add ${ref} to entities.yml with its names in each language.`
            : `add ${ref} to entities.yml under ${kind}: with its names in each language.`,
      });
    });
  }
}

function articleFile(raw: RawMarkdown, lang: Lang, dossier: RawDossier, entities: EntityDef[], problems: ContentProblem[]): ArticleFile | null {
  const data = parseWithSchema(articleSchema, raw.data, raw.file, "front matter", problems);
  if (!data) return null;
  checkEntities(raw.file, data, entities, problems);
  const images = markdownImageRefs(raw.body).map((src) => ({ field: "(body image)", src }));
  if (data.image?.src) images.unshift({ field: "image.src", src: data.image.src });
  checkImages(raw.file, images, dossier.media, problems);
  return {
    lang,
    file: raw.file,
    data,
    date: parseContentDate(data.date)!,
    retrieved: data.retrieved ? parseContentDate(data.retrieved)! : undefined,
    body: raw.body,
  };
}

function checkTranslations(articles: ArticleSource[], dossier: RawDossier, problems: ContentProblem[]): void {
  for (const article of articles) {
    const versions = Object.values(article.versions);
    for (const version of versions) {
      if (version.data.translation?.status !== "translated" || versions.length > 1) continue;
      const other = version.lang === "ar" ? "en" : "ar";
      problems.push({
        file: version.file,
        field: "translation.status",
        expected: `the original beside it, as ${dossier.displayDir}/${article.id}.${other}.md`,
        found: `"translated", but this is the only version of ${article.id}`,
        hint: `give the original the same file name with .${other}.md, or write status: original if this is the original text.`,
      });
    }
  }
}

export function validateDossier(
  dossier: RawDossier,
  languages: Lang[],
  entities: EntityDef[],
  problems: ContentProblem[],
): DossierSource | null {
  const before = problems.length;
  if (!isValidId(dossier.id) || RESERVED_DOSSIER_IDS.includes(dossier.id)) {
    problems.push({
      file: dossier.displayDir,
      field: "(folder name)",
      expected: isValidId(dossier.id)
        ? `a dossier id other than the reserved ${RESERVED_DOSSIER_IDS.join(", ")}`
        : "a dossier id of lowercase a-z, 0-9 and hyphens",
      found: JSON.stringify(dossier.id),
      hint: `rename the folder, e.g. to ${isValidId(dossier.id) ? `${dossier.id}-dossier` : suggestId(dossier.id)}; the id becomes part of every link.`,
    });
  }
  for (const stray of dossier.strayFiles) {
    problems.push({
      file: stray,
      field: "(file)",
      expected: "only <id>.ar.md / <id>.en.md files and a media/ folder in a dossier",
      found: "another file",
      hint: "move images into media/ and remove other files; nothing in a dossier folder is ignored silently.",
    });
  }
  const versions: Partial<Record<Lang, DossierFile>> = {};
  const articles = new Map<string, ArticleSource>();
  for (const raw of dossier.markdown) {
    const name = parseContentFileName(raw.name);
    if (!name || !isLang(name.lang) || !languages.includes(name.lang)) {
      const endings = languages.map((l) => `.${l}.md`).join(" or ");
      const knownLanguage = name && isLang(name.lang);
      problems.push({
        file: raw.file,
        field: "(file name)",
        expected: `a name ending in ${endings}`,
        found: JSON.stringify(raw.name),
        hint: knownLanguage
          ? `this site's languages are ${languages.join(", ")} (languages: in site.yml): add ${name.lang} there, or remove this file.`
          : `the ending tells the language: rename it to ${suggestId(name?.id ?? raw.name.replace(/\.md$/, ""))}.${languages[0]}.md, for example.`,
      });
      continue;
    }
    const lang = name.lang;
    if (name.id === "dossier") {
      const data = parseWithSchema(dossierSchema, raw.data, raw.file, "front matter", problems);
      if (data?.image?.src) checkImages(raw.file, [{ field: "image.src", src: data.image.src }], dossier.media, problems);
      if (data) versions[lang] = { lang, file: raw.file, data, body: raw.body };
      continue;
    }
    if (!isValidId(name.id)) {
      problems.push({
        file: raw.file,
        field: "(file name)",
        expected: "an article id of lowercase a-z, 0-9 and hyphens",
        found: JSON.stringify(name.id),
        hint: `rename the file to ${suggestId(name.id)}.${lang}.md; the id is the article's permanent link.`,
      });
      continue;
    }
    const file = articleFile(raw, lang, dossier, entities, problems);
    if (!file) continue;
    const article = articles.get(name.id) ?? { id: name.id, versions: {} };
    article.versions[lang] = file;
    articles.set(name.id, article);
  }
  if (!Object.keys(versions).length && !dossier.markdownNames.some((name) => name.startsWith("dossier."))) {
    problems.push({
      file: dossier.displayDir,
      field: "(dossier file)",
      expected: `a dossier.${languages[0]}.md with the dossier's title`,
      found: "no dossier file",
      hint: `create ${languages.map((l) => `dossier.${l}.md`).join(" and ")} (milaff new dossier ${dossier.id} does it).`,
    });
  }
  const list = [...articles.values()];
  checkTranslations(list, dossier, problems);
  checkUrlConflicts(dossier.id, list, problems);
  if (problems.length > before) return null;
  return { id: dossier.id, dir: dossier.dir, versions, articles: list, media: dossier.media };
}
