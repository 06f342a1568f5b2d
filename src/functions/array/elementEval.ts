/**
 * The step array:filter(), array:eval() and objectArray:eval() share: run a `{ ... }` pipeline
 * once per element, with the element bound to `var`, and write what comes out as a new array
 * whose elements are numbered 0, 1, 2... without gaps.
 */
import type { Event } from "../../engine/event.js";
import type { CompiledFunction, CompiledPipeline } from "../types.js";
import { bindElement, readElements, readObjectElements, runOn, writeElements } from "./arrays.js";

export interface ElementEvalOptions {
  array: string;
  variable: string;
  output: string;
  objects: boolean;
  /** The value an element adds to the output, given the element and what the pipeline emitted for it. */
  result: (element: Map<string, string> | string, emitted: Event[]) => string | undefined;
}

export function elementEvalFunction(pipeline: CompiledPipeline, options: ElementEvalOptions): CompiledFunction {
  const run = runOn(pipeline);
  const { array, variable, output, objects, result } = options;

  return {
    stage: (next, context) => ({
      push(event) {
        const elements: (Map<string, string> | string)[] = objects ? readObjectElements(event, array) : readElements(event, array);
        const values: string[] = [];

        for (const element of elements) {
          const value = result(element, run(bindElement(event, variable, element), context));
          if (value !== undefined) {
            values.push(value);
          }
        }

        if (elements.length > 0) {
          writeElements(event, output, values);
        }
        next.push(event);
      },
      end() {
        next.end();
      },
    }),
    reads: "all",
  };
}
