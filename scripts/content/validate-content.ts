import path from "node:path";
import { checkMediaSafety } from "./check-media-safety.ts";
import { ContentError } from "./content-error.ts";
import type { ContentWarning, Findings } from "./content-warning.ts";
import { parseContentFileName } from "./ids.ts";
import { loadContent, type RawDossier } from "./load-content.ts";
import { ENTITY_KINDS } from "./schema.ts";
import { validateDossier, type DossierSource, type KnownEntities, type SiteArticleFiles } from "./validate-dossiers.ts";
import { validateEntities, validateSite, type EntityDef, type SiteConfig } from "./validate-site.ts";

/** Content that passed every check: what the model step is built from. */
export interface Content {
  site: SiteConfig;
  entities: EntityDef[];
  dossiers: DossierSource[];
  /** Everything worth a look that did not stop the build (see content-warning.ts). */
  warnings: ContentWarning[];
}

/** Article files by id across every dossier, from their names alone. */
function siteArticleFiles(dossiers: RawDossier[]): SiteArticleFiles {
  const files: SiteArticleFiles = new Map();
  for (const dossier of dossiers) {
    for (const name of dossier.markdownNames) {
      const parsed = parseContentFileName(name);
      if (!parsed || parsed.id === "dossier") continue;
      const list = files.get(parsed.id) ?? [];
      list.push({ dossier: dossier.id, lang: parsed.lang, file: path.join(dossier.displayDir, name) });
      files.set(parsed.id, list);
    }
  }
  return files;
}

/**
 * An id names one article across the site, so a link, a citation or a search result is never
 * ambiguous; versions with the same id are translations and sit in one dossier folder.
 */
function checkIdsAcrossDossiers(files: SiteArticleFiles, found: Findings): void {
  for (const [id, list] of files) {
    const first = list[0]!;
    for (const other of list.filter((f) => f.dossier !== first.dossier)) {
      const sameLanguage = list.find((f) => f.dossier !== other.dossier && f.lang === other.lang);
      found.problems.push(
        sameLanguage
          ? {
              file: other.file,
              field: "(file name)",
              expected: "an article id used once in the whole site",
              found: `${JSON.stringify(id)}, also the id of ${sameLanguage.file}`,
              hint: "rename one of the two files; if it is the same article, keep it in one dossier and link to it from the other.",
            }
          : {
              file: other.file,
              field: "(file name)",
              expected: `its other version ${first.file} in the same dossier folder`,
              found: `the two versions of ${id} in different dossiers (${first.dossier} and ${other.dossier})`,
              hint: `move one file so both sit in one dossier folder (versions with the same id are translations of each other), or rename it if they are different articles.`,
            },
      );
    }
  }
}

/** Problems of single entities (people.x.en) leave the other ids of entities.yml readable. */
const PER_ENTITY = /^(people|orgs|places)\.[^.]+/;

/** Which entity ids references can be checked against (see KnownEntities). */
function knownEntities(raw: unknown, entities: EntityDef[], readable: boolean): KnownEntities {
  const defined = ENTITY_KINDS.flatMap((kind) => Object.keys(((raw ?? {}) as Record<string, object | undefined>)[kind] ?? {}));
  const ids = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, new Set(entities.filter((e) => e.kind === kind).map((e) => e.id))])) as KnownEntities["ids"];
  return { readable, entities, ids, broken: new Set(defined.filter((id) => !ENTITY_KINDS.some((kind) => ids[kind].has(id)))) };
}

/**
 * Steps 1 and 2 of the pipeline: load `content/` and check all of it, collecting every problem
 * in every file before failing once. Each check runs on its own, so that no problem hides another
 * and none is reported only because of another. Shared by build, check, serve and import.
 */
export async function loadValidContent(root: string): Promise<Content> {
  const { content, ...found } = await loadContent(root);
  const site = validateSite(content.site, path.relative(process.cwd(), path.join(root, "site.yml")), found.problems);
  const languages = site?.languages ?? ["ar", "en"];
  const entityProblems = found.problems.length;
  const entities = validateEntities(content.entities, languages, found.problems);
  // A file that did not parse has undefined data (and its own problem): none of its ids can be known.
  const parsed = content.entities === null || content.entities.data !== undefined;
  const known = knownEntities(content.entities?.data, entities, parsed && found.problems.slice(entityProblems).every((p) => PER_ENTITY.test(p.field)));
  const files = siteArticleFiles(content.dossiers);
  checkIdsAcrossDossiers(files, found);
  const dossiers = content.dossiers.map((d) => validateDossier(d, languages, known, files, found));
  await checkMediaSafety(content.dossiers, found.problems);
  if (found.problems.length || !site) throw new ContentError(found.problems, found.warnings);
  return { site, entities, dossiers: dossiers.filter((d): d is DossierSource => d !== null), warnings: found.warnings };
}
