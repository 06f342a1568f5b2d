/**
 * The shape shared by functions that compute one value from one event and write it to `as`
 * (lower(), upper(), length(), concat()): usable as a step and inside expressions.
 */
import type { Event } from "../../engine/event.js";
import { mapStage } from "../../engine/pipeline.js";
import { valueToText } from "../../engine/values.js";
import type { CompiledFunction, FieldUse, Value } from "../types.js";

/**
 * Builds the compiled form of a value-computing function. The step writes the value to `as`
 * when there is one and leaves the event unchanged otherwise. Expressions get the value itself.
 */
export function valueFunction(as: string, reads: FieldUse, compute: (event: Event) => Value): CompiledFunction {
  return {
    stage: mapStage((event) => {
      const text = valueToText(compute(event));
      if (text !== null) {
        event.set(as, text);
      }
    }),
    value: compute,
    outputs: [as],
    reads,
  };
}
