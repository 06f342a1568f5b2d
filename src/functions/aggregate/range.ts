/** range(): the difference between the largest and the smallest number of a field. */
import { formatNumber } from "../../engine/values.js";
import type { FunctionDefinition } from "../types.js";
import { asParam, compiledRunning, numberIn, numericFieldParam } from "./numericField.js";
import type { RunningFactory } from "./running.js";

interface RangeArgs {
  field: string;
  as: string;
}

export const range: FunctionDefinition<RangeArgs> = {
  name: "range",
  kind: "aggregate",
  docsPage: "functions-range",
  summary: "Computes the largest minus the smallest numeric value of a field.",
  defaultParam: "field",
  params: {
    field: numericFieldParam("The field to read numbers from; other values are skipped."),
    as: asParam("_range"),
  },
  compile(args) {
    return compiledRunning(rangeOf(args.field, args.as), [args.field], [args.as]);
  },
};

/** Tracks the smallest and largest number; without any number there is no row, as for min(). */
export function rangeOf(field: string, as: string): RunningFactory {
  return () => {
    let smallest = Number.POSITIVE_INFINITY;
    let largest = Number.NEGATIVE_INFINITY;

    return {
      add(event) {
        const value = numberIn(event, field);
        if (value !== null) {
          smallest = Math.min(smallest, value);
          largest = Math.max(largest, value);
        }
      },
      result() {
        return smallest > largest ? undefined : new Map([[as, formatNumber(largest - smallest)]]);
      },
    };
  };
}
