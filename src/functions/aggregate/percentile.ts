/** percentile(): chosen percentiles of a field's numbers. */
import { z } from "zod";
import { isNumberText } from "../../engine/values.js";
import { ErrorCodes } from "../../errors/index.js";
import { fieldName } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { compiledRunning, numberIn, numericFieldParam } from "./numericField.js";
import type { RunningFactory } from "./running.js";

interface PercentileArgs {
  field: string;
  percentiles: string[];
  as?: string;
  accuracy: number;
}

export const percentile: FunctionDefinition<PercentileArgs> = {
  name: "percentile",
  kind: "aggregate",
  docsPage: "functions-percentile",
  summary: "Finds percentiles of the numeric values of a field, one output field per percentile.",
  defaultParam: "field",
  params: {
    field: numericFieldParam("The field to read numbers from; other values are skipped."),
    percentiles: {
      type: "strings",
      schema: z.array(z.string()).min(1, { error: "give at least one percentile" }).default(["50", "75", "99"]),
      description: "The percentiles to compute, from 0 to 100; 50, 75 and 99 by default.",
    },
    as: { type: "field", schema: fieldName().optional(), description: "A prefix for the output fields: as=p writes p_50, p_75..." },
    accuracy: {
      type: "number",
      schema: z.number({ error: "expected a number" }).gt(0).lt(1).default(0.01),
      description: "LogScale's relative error bound, above 0 and below 1; the result here is exact.",
    },
  },
  compile(args, ctx) {
    for (const text of args.percentiles) {
      const value = Number(text);
      if (!isNumberText(text) || value < 0 || value > 100) {
        ctx.error(`invalid percentile ${JSON.stringify(text)}: expected a number from 0 to 100`, ctx.argumentSpan("percentiles"), ErrorCodes.invalidArgument);
      }
    }

    const outputs = args.percentiles.map((text) => `${args.as ?? ""}_${text}`);
    return compiledRunning(percentilesOf(args.field, args.percentiles, outputs), [args.field], outputs);
  },
};

/**
 * Computes exact nearest-rank percentiles: the p-th percentile is the smallest value that at
 * least p % of the values are less than or equal to. LogScale estimates instead and may return
 * any value between two neighbours: the functions-percentile page gives 25.79 for the median of
 * 12, 25, 50 and 99. The chosen value is printed as the event had it. Without any number there
 * is no row. Every value is kept in memory until the result is read.
 */
export function percentilesOf(field: string, percentiles: readonly string[], outputs: readonly string[]): RunningFactory {
  return () => {
    const values: { value: number; text: string }[] = [];
    let sorted = true;

    return {
      add(event) {
        const value = numberIn(event, field);
        if (value === null) {
          return;
        }

        const last = values[values.length - 1];
        sorted &&= last === undefined || last.value <= value;
        values.push({ value, text: event.get(field) as string });
      },
      result() {
        if (values.length === 0) {
          return undefined;
        }

        if (!sorted) {
          values.sort((a, b) => a.value - b.value);
          sorted = true;
        }

        const row = new Map<string, string>();
        percentiles.forEach((text, index) => {
          const rank = Math.max(1, Math.ceil((Number(text) / 100) * values.length));
          row.set(outputs[index] as string, (values[rank - 1] as { text: string }).text);
        });
        return row;
      },
    };
  };
}
