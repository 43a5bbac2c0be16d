import { z } from "zod";
import type { ContentProblem } from "./content-error.ts";
import { schemaProblems } from "./schema-problems.ts";

type Kind = "front matter" | "site" | "entities";

/** The field names a strict object accepts at `path`, for "did you mean …?" hints. */
function keysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const step of [...path, null]) {
    for (;;) {
      if (node instanceof z.ZodOptional) node = node.unwrap();
      else if (node instanceof z.ZodArray) node = node.element;
      else if (node instanceof z.ZodRecord) node = node.valueType;
      else break;
    }
    if (step === null || typeof step === "number") continue;
    if (node instanceof z.ZodObject) node = (node.shape as Record<string, z.ZodType>)[String(step)];
    else if (!(node instanceof z.ZodRecord)) return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/**
 * Valid data already checked, by schema and data object: `milaff serve` checks every file again
 * after each save, and an unchanged file's front matter is the same object (parseYamlText).
 * What is kept must never be changed by its users.
 */
const checked = new WeakMap<z.ZodType, WeakMap<object, unknown>>();

/** Checks `data` against `schema`; on failure, every issue becomes a worded problem. */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  kind: Kind,
  problems: ContentProblem[],
): z.infer<S> | null {
  const known = checked.get(schema) ?? new WeakMap<object, unknown>();
  checked.set(schema, known);
  if (data && typeof data === "object" && known.has(data)) return known.get(data) as z.infer<S>;
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) {
    if (data && typeof data === "object") known.set(data, result.data);
    return result.data;
  }
  problems.push(...schemaProblems(file, result.error.issues, kind, (path) => keysAt(schema, path)));
  return null;
}
