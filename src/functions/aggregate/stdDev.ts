/** stdDev(): the standard deviation of a field's numbers. */
import { formatNumber } from "../../engine/values.js";
import type { FunctionDefinition } from "../types.js";
import { asParam, compiledRunning, numberIn, numericFieldParam } from "./numericField.js";
import type { RunningFactory } from "./running.js";

interface StdDevArgs {
  field: string;
  as: string;
}

export const stdDev: FunctionDefinition<StdDevArgs> = {
  name: "stdDev",
  kind: "aggregate",
  docsPage: "functions-stddev",
  summary: "Computes the population standard deviation of the numeric values of a field.",
  defaultParam: "field",
  params: {
    field: numericFieldParam("The field to read numbers from; other values are skipped."),
    as: asParam("_stddev"),
  },
  compile(args) {
    return compiledRunning(deviationOf(args.field, args.as), [args.field], [args.as]);
  },
};

/**
 * The population standard deviation (dividing by n), updated with Welford's method so large
 * values do not lose precision. The docs' only example matches neither the population nor the
 * sample formula, so the choice is listed in docs/differences.md. No number, no row.
 */
export function deviationOf(field: string, as: string): RunningFactory {
  return () => {
    let count = 0;
    let mean = 0;
    let squares = 0;

    return {
      add(event) {
        const value = numberIn(event, field);
        if (value === null) {
          return;
        }

        count += 1;
        const delta = value - mean;
        mean += delta / count;
        squares += delta * (value - mean);
      },
      result() {
        return count === 0 ? undefined : new Map([[as, formatNumber(Math.sqrt(squares / count))]]);
      },
    };
  };
}
