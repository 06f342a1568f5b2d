/** selectLast(): for each field, the value from the most recent event that has it. */
import { parseNumber } from "../../engine/values.js";
import { fieldNames } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { compiledRunning } from "./numericField.js";
import { withOptionalOutputs } from "./optionalOutputs.js";
import type { RunningFactory } from "./running.js";

interface SelectLastArgs {
  fields: string[];
}

export const selectLast: FunctionDefinition<SelectLastArgs> = {
  name: "selectLast",
  kind: "aggregate",
  docsPage: "functions-selectlast",
  summary: "Keeps, for each listed field, the value of the most recent event that has the field.",
  defaultParam: "fields",
  params: {
    fields: { type: "fields", schema: fieldNames(), description: "The fields to keep; each may come from a different event." },
  },
  compile(args) {
    const compiled = compiledRunning(lastValuesOf(args.fields), [...args.fields, "@timestamp"], args.fields);
    return { ...compiled, stage: withOptionalOutputs(compiled.stage) };
  },
};

interface Latest {
  time: number;
  value: string;
}

/**
 * "Most recent" goes by `@timestamp`. Among events with equal timestamps, or without one, the
 * later input wins. An event without a numeric `@timestamp` counts as older than every event
 * with one, as in head() and tail(). A field no event had is left out, and with none there is no
 * row.
 */
export function lastValuesOf(fields: readonly string[]): RunningFactory {
  return () => {
    const latest = new Map<string, Latest>();

    return {
      add(event) {
        const timeText = event.get("@timestamp");
        const time = (timeText === undefined ? null : parseNumber(timeText)) ?? Number.NEGATIVE_INFINITY;

        for (const field of fields) {
          const value = event.get(field);
          const current = latest.get(field);
          if (value !== undefined && (current === undefined || time >= current.time)) {
            latest.set(field, { time, value });
          }
        }
      },
      result() {
        if (latest.size === 0) {
          return undefined;
        }

        const row = new Map<string, string>();
        for (const field of fields) {
          const entry = latest.get(field);
          if (entry !== undefined) {
            row.set(field, entry.value);
          }
        }
        return row;
      },
    };
  };
}
