/** count(): the number of events, of events having a field, or of a field's distinct values. */
import { READING_AGGREGATE_EFFECTS } from "../../engine/pipeline.js";
import { fieldName, flag, outputField } from "../schemas.js";
import type { FunctionDefinition, StageFactory } from "../types.js";
import { runningStage, type RunningFactory } from "./running.js";

export interface CountArgs {
  field?: string;
  distinct: boolean;
  as: string;
}

export const count: FunctionDefinition<CountArgs> = {
  name: "count",
  kind: "aggregate",
  docsPage: "functions-count",
  summary: "Counts the events, the events that have a field, or the distinct values of a field.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().optional(), description: "Count only events that have this field." },
    distinct: { type: "boolean", schema: flag(false), description: "Count the distinct values of field instead of events." },
    as: { type: "field", schema: outputField("_count"), description: "The output field." },
  },
  compile(args, ctx) {
    if (args.distinct && args.field === undefined) {
      ctx.error("count(distinct=true) needs a field whose distinct values it counts, e.g. count(user, distinct=true)", ctx.call.span);
    }

    return {
      stage: countStage(args),
      effects: READING_AGGREGATE_EFFECTS,
      outputs: [args.as],
      reads: new Set(args.field === undefined ? [] : [args.field]),
      projects: true,
    };
  },
};

/**
 * Counts exactly, also with distinct=true, where LogScale uses an estimate with a typical error
 * below 2 % (docs page functions-count). The result is an integer; no input gives 0.
 */
export function countStage(args: CountArgs): StageFactory {
  return runningStage(countOf(args));
}

/** Builds the running form of count(). */
export function countOf(args: CountArgs): RunningFactory {
  const { field, as } = args;

  return () => {
    let total = 0;
    const distinct = args.distinct ? new Set<string>() : undefined;

    return {
      add(event) {
        if (field === undefined) {
          total += 1;
          return;
        }

        const value = event.get(field);
        if (value === undefined) {
          return;
        }

        if (distinct === undefined) {
          total += 1;
        } else {
          distinct.add(value);
        }
      },
      result() {
        return new Map([[as, String(distinct === undefined ? total : distinct.size)]]);
      },
    };
  };
}
