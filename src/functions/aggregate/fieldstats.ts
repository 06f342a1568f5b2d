/** fieldstats(): per field, how many events have it and how many distinct values it takes. */
import type { Event } from "../../engine/event.js";
import { limit } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";

interface FieldstatsArgs {
  limit: number;
}

export const fieldstats: FunctionDefinition<FieldstatsArgs> = {
  name: "fieldstats",
  kind: "aggregate",
  docsPage: "functions-fieldstats",
  summary: "Lists each field with the number of events that have it and its number of distinct values.",
  params: {
    limit: {
      type: "number",
      schema: limit({ defaultValue: 200, min: 1, max: 10_000, acceptsMax: false }),
      description: "The maximum number of fields reported, from 1 to 10,000; 200 by default.",
    },
  },
  compile(args) {
    return {
      stage: (next, run) => {
        const stats = new Map<string, FieldStat>();
        const names = new Set<string>();

        return {
          push(event) {
            recordEvent(event, stats, names, args.limit, run.warn.bind(run));
          },
          end() {
            for (const stat of stats.values()) {
              next.push(statRow(stat));
            }
            next.end();
          },
        };
      },
      effects: { modifies: false, drops: true, retains: false },
      outputs: ["#type", "field", "_count", "distinct"],
      reads: "all",
      projects: true,
    };
  },
};

interface FieldStat {
  type: string | undefined;
  field: string;
  count: number;
  values: Set<string>;
}

/**
 * Counts each field per parser (`#type`), as LogScale lists a field once for every parser that
 * produced it. Fields are reported in the order first seen; past `limit` distinct field names
 * further fields are not counted and the run gets a warning. Distinct values are counted
 * exactly and kept in memory.
 */
function recordEvent(event: Event, stats: Map<string, FieldStat>, names: Set<string>, maxFields: number, warn: (message: string) => void): void {
  const type = event.get("#type");

  for (const [field, value] of event) {
    if (!names.has(field)) {
      if (names.size >= maxFields) {
        warn(`fieldstats() reports at most ${maxFields} fields; raise limit= to see more`);
        continue;
      }
      names.add(field);
    }

    const key = JSON.stringify([type ?? null, field]);
    let stat = stats.get(key);
    if (stat === undefined) {
      stat = { type, field, count: 0, values: new Set() };
      stats.set(key, stat);
    }

    stat.count += 1;
    stat.values.add(value);
  }
}

function statRow(stat: FieldStat): Event {
  const row: Event = new Map();
  if (stat.type !== undefined) {
    row.set("#type", stat.type);
  }
  row.set("field", stat.field);
  row.set("_count", String(stat.count));
  row.set("distinct", String(stat.values.size));
  return row;
}
