/**
 * Aggregates whose output fields are written only when the input had them: collect(),
 * selectLast(), selectFromMax() and selectFromMin() write a field only for values they saw. Such
 * fields cannot clash at compile time, because two aggregates conflict only when both write a
 * field with different values (functions-stats).
 */
import type { CompiledPipeline, StageFactory } from "../types.js";

const optional = new WeakSet<StageFactory>();

/** Marks a stage whose listed outputs may be missing from its rows; returns the stage. */
export function withOptionalOutputs(factory: StageFactory): StageFactory {
  optional.add(factory);
  return factory;
}

/** Tells whether a compiled aggregate may leave out some of its listed outputs. */
export function hasOptionalOutputs(pipeline: CompiledPipeline): boolean {
  return optional.has(pipeline.factory);
}
