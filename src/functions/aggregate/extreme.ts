/**
 * min() and max(): the smallest or largest number of a field. The result keeps the winning
 * value's text as the event had it, so `150.00` stays `150.00`, as functions-session shows for
 * max(bet). Among equal numbers the first one seen wins.
 */
import { z } from "zod";
import type { FunctionDefinition } from "../types.js";
import { asParam, compiledRunning, numberIn, numericFieldParam } from "./numericField.js";
import type { RunningFactory } from "./running.js";

export interface ExtremeArgs {
  field: string;
  as: string;
  type?: string;
}

export type Extreme = "min" | "max";

/** Builds the definition of min() or max(). */
export function extremeDefinition(extreme: Extreme): FunctionDefinition<ExtremeArgs> {
  const largest = extreme === "max";

  return {
    name: extreme,
    kind: "aggregate",
    docsPage: `functions-${extreme}`,
    summary: `Finds the ${largest ? "largest" : "smallest"} numeric value of a field.`,
    defaultParam: "field",
    params: {
      field: numericFieldParam("The field to read numbers from; other values are skipped."),
      as: asParam(`_${extreme}`),
      // NOTE: the docs list `type` without describing it; it is accepted and has no effect.
      type: { type: "string", schema: z.string().optional(), description: "Accepted for compatibility; it has no effect." },
    },
    compile(args) {
      return compiledRunning(extremeOf(args.field, args.as, extreme), [args.field], [args.as]);
    },
  };
}

/** Keeps the extreme number of `field`; no number, no row (functions-min). */
export function extremeOf(field: string, as: string, extreme: Extreme): RunningFactory {
  const better = extreme === "max" ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;

  return () => {
    let best: number | undefined;
    let text = "";

    return {
      add(event) {
        const value = numberIn(event, field);
        if (value !== null && (best === undefined || better(value, best))) {
          best = value;
          text = event.get(field) as string;
        }
      },
      result() {
        return best === undefined ? undefined : new Map([[as, text]]);
      },
    };
  };
}
