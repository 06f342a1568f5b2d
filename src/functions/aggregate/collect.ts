/** collect(): the distinct values of fields, joined into one value or one row per value. */
import { READING_AGGREGATE_EFFECTS } from "../../engine/pipeline.js";
import type { Event } from "../../engine/event.js";
import { fieldNames, flag, limit, text } from "../schemas.js";
import type { FunctionDefinition, StageFactory } from "../types.js";
import { withOptionalOutputs } from "./optionalOutputs.js";

interface CollectArgs {
  fields: string[];
  separator: string;
  limit: number;
  multival: boolean;
}

export const collect: FunctionDefinition<CollectArgs> = {
  name: "collect",
  kind: "aggregate",
  docsPage: "functions-collect",
  summary: "Collects the distinct values of fields, joined by a separator or one row per value.",
  defaultParam: "fields",
  params: {
    fields: { type: "fields", schema: fieldNames(), description: "The fields whose values are collected; each output field has the same name." },
    separator: { type: "string", schema: text().default("\n"), description: "The text between values when multival=true." },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 2000, min: 1, max: Number.MAX_SAFE_INTEGER, acceptsMax: false }),
      description: "The maximum number of distinct values kept per field.",
    },
    multival: { type: "boolean", schema: flag(true), description: "Join the values into one field (true) or emit one row per value (false)." },
  },
  compile(args) {
    return {
      stage: withOptionalOutputs(collectStage(args)),
      effects: READING_AGGREGATE_EFFECTS,
      outputs: [...args.fields],
      reads: new Set(args.fields),
      projects: true,
    };
  },
};

/**
 * Keeps each field's distinct values in the order first seen (the docs leave the order
 * undefined) and stops adding values at `limit`, with a warning. A field that no event had is
 * absent from the output.
 * NOTE: LogScale also caps the collected text at 10 MiB (1 MiB inside groupBy()); this engine
 * has no such cap.
 */
function collectStage(args: CollectArgs): StageFactory {
  return (next, run) => {
    const values = new Map<string, Set<string>>();

    return {
      push(event) {
        for (const field of args.fields) {
          const value = event.get(field);
          if (value === undefined) {
            continue;
          }

          let set = values.get(field);
          if (set === undefined) {
            set = new Set();
            values.set(field, set);
          }

          if (set.size < args.limit) {
            set.add(value);
          } else if (!set.has(value)) {
            run.warn(`collect() kept the first ${args.limit} distinct values of ${field} and dropped the rest; raise limit= to keep more`);
          }
        }
      },
      end() {
        for (const row of outputRows(args, values)) {
          next.push(row);
        }
        next.end();
      },
    };
  };
}

function outputRows(args: CollectArgs, values: Map<string, Set<string>>): Event[] {
  if (args.multival) {
    const row: Event = new Map();
    for (const field of args.fields) {
      const set = values.get(field);
      if (set !== undefined) {
        row.set(field, [...set].join(args.separator));
      }
    }
    return row.size === 0 ? [] : [row];
  }

  const rows: Event[] = [];
  for (const field of args.fields) {
    for (const value of values.get(field) ?? []) {
      rows.push(new Map([[field, value]]));
    }
  }
  return rows;
}
