/** sum(): the sum of a field's numeric values. */
import { formatNumber } from "../../engine/values.js";
import type { FunctionDefinition } from "../types.js";
import { asParam, compiledRunning, numberIn, numericFieldParam } from "./numericField.js";
import type { RunningFactory } from "./running.js";

interface SumArgs {
  field: string;
  as: string;
}

export const sum: FunctionDefinition<SumArgs> = {
  name: "sum",
  kind: "aggregate",
  docsPage: "functions-sum",
  summary: "Adds up the numeric values of a field.",
  defaultParam: "field",
  params: {
    field: numericFieldParam("The field whose numbers are added; other values are skipped."),
    as: asParam("_sum"),
  },
  compile(args) {
    return compiledRunning(sumOf(args.field, args.as), [args.field], [args.as]);
  },
};

/**
 * Sums the numbers of `field`. The sum of no numbers is 0, which is what accumulate() and
 * timeChart() show for events and buckets without a value (functions-accumulate).
 */
export function sumOf(field: string, as: string): RunningFactory {
  return () => {
    let total = 0;

    return {
      add(event) {
        const value = numberIn(event, field);
        if (value !== null) {
          total += value;
        }
      },
      result() {
        return new Map([[as, formatNumber(total)]]);
      },
    };
  };
}
