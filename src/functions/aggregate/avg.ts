/** avg(): the mean of a field's numeric values. */
import { formatNumber } from "../../engine/values.js";
import type { FunctionDefinition } from "../types.js";
import { asParam, compiledRunning, numberIn, numericFieldParam } from "./numericField.js";
import type { RunningFactory } from "./running.js";

interface AvgArgs {
  field: string;
  as: string;
}

export const avg: FunctionDefinition<AvgArgs> = {
  name: "avg",
  kind: "aggregate",
  docsPage: "functions-avg",
  summary: "Computes the mean of the numeric values of a field.",
  defaultParam: "field",
  params: {
    field: numericFieldParam("The field whose numbers are averaged; other values are skipped."),
    as: asParam("_avg"),
  },
  compile(args) {
    return compiledRunning(averageOf(args.field, args.as), [args.field], [args.as]);
  },
};

/**
 * Averages the numbers of `field`. Without any number there is no row: the functions-stats
 * page shows avg() over `y=N/A` events contributing nothing to the combined rows.
 */
export function averageOf(field: string, as: string): RunningFactory {
  return () => {
    let total = 0;
    let count = 0;

    return {
      add(event) {
        const value = numberIn(event, field);
        if (value !== null) {
          total += value;
          count += 1;
        }
      },
      result() {
        return count === 0 ? undefined : new Map([[as, formatNumber(total / count)]]);
      },
    };
  };
}
