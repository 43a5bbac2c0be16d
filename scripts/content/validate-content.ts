import path from "node:path";
import { checkMediaSafety } from "./check-media-safety.ts";
import { ContentError, type ContentProblem } from "./content-error.ts";
import { loadContent } from "./load-content.ts";
import { validateDossier, type DossierSource } from "./validate-dossiers.ts";
import { validateEntities, validateSite, type EntityDef, type SiteConfig } from "./validate-site.ts";

/** Content that passed every check: what the model step is built from. */
export interface Content {
  site: SiteConfig;
  entities: EntityDef[];
  dossiers: DossierSource[];
}

/**
 * Steps 1 and 2 of the pipeline: load `content/` and check all of it, collecting every problem
 * in every file before failing once. Shared by build, check, serve and import.
 */
export async function loadValidContent(root: string): Promise<Content> {
  const { content, problems } = await loadContent(root);
  const all: ContentProblem[] = [...problems];
  const site = validateSite(content.site, path.relative(process.cwd(), path.join(root, "site.yml")), all);
  const languages = site?.languages ?? ["ar", "en"];
  const entities = validateEntities(content.entities, languages, all);
  const dossiers = content.dossiers.map((d) => validateDossier(d, languages, entities, all));
  await checkMediaSafety(content.dossiers, all);
  if (all.length || !site) throw new ContentError(all);
  return { site, entities, dossiers: dossiers.filter((d): d is DossierSource => d !== null) };
}
