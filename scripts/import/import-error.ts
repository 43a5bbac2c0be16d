/** A problem with what was given to `milaff import`: one line saying what to do. Nothing is written. */
export class ImportError extends Error {
  override name = "ImportError";
}
