/**
 * Helpers of the numeric aggregates (sum(), avg(), min(), max(), range(), stdDev()...): reading
 * a field as a number and the `field` / `as` parameters. An event whose field is missing or not
 * a number is skipped (functions-min, functions-max: "if the field contains non-numeric values,
 * the function returns nothing").
 */
import type { Event } from "../../engine/event.js";
import { READING_AGGREGATE_EFFECTS } from "../../engine/pipeline.js";
import { parseNumber } from "../../engine/values.js";
import { fieldName, outputField } from "../schemas.js";
import type { CompiledFunction, ParamSpec } from "../types.js";
import { runningStage, type RunningFactory } from "./running.js";

/** Reads the field as a number; null when the field is missing or not a number literal. */
export function numberIn(event: Event, field: string): number | null {
  const text = event.get(field);
  return text === undefined ? null : parseNumber(text);
}

/** Builds the `field` parameter of a numeric aggregate. */
export function numericFieldParam(description: string): ParamSpec {
  return { type: "field", schema: fieldName(), description };
}

/** Builds the `as` parameter with its default output field. */
export function asParam(defaultName: string): ParamSpec {
  return { type: "field", schema: outputField(defaultName), description: `The output field; ${defaultName} by default.` };
}

/** Builds the compiled form of an aggregate that reads `reads`, writes `outputs` and has a running form. */
export function compiledRunning(create: RunningFactory, reads: readonly string[], outputs: readonly string[]): CompiledFunction {
  return {
    stage: runningStage(create),
    effects: READING_AGGREGATE_EFFECTS,
    outputs: [...outputs],
    reads: new Set(reads),
    projects: true,
  };
}
