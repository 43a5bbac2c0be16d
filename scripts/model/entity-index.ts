import type { Entity, Model } from "./build-model.ts";

const indexes = new WeakMap<Model, Map<string, Entity>>();

/** The model's entities by `kind/id`, made once per model (pages look entities up by the thousand). */
export function entityIndex(model: Model): Map<string, Entity> {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = new Map(model.entities.map((e) => [`${e.kind}/${e.id}`, e]))));
  return index;
}
