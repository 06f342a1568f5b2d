/** table(): the listed fields of the first `limit` events in an order. */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { fieldName, fieldNames, limit } from "../schemas.js";
import type { FunctionDefinition, StageFactory } from "../types.js";
import { STATE_ROW_LIMIT, type SortSpec } from "./selection.js";
import { sortSpecs, sortStage, words } from "./sort.js";

interface TableArgs {
  fields: string[];
  sortby: string[];
  order?: string[];
  reverse?: boolean;
  type: string[];
  limit: number;
}

export const table: FunctionDefinition<TableArgs> = {
  name: "table",
  kind: "aggregate",
  docsPage: "functions-table",
  summary: "Keeps only the listed fields of the first limit events, sorted (newest first by default).",
  defaultParam: "fields",
  params: {
    fields: { type: "fields", schema: fieldNames(), description: "The fields to keep, in output order." },
    sortby: { type: "fields", schema: z.array(fieldName()).default(["@timestamp"]), description: "The fields to sort by; @timestamp by default." },
    order: { type: "strings", schema: words().optional(), description: "asc or desc (the default), one per sort field or one for all." },
    reverse: { type: "boolean", schema: z.boolean().optional(), description: "Deprecated: true means order=desc, false order=asc." },
    type: {
      type: "strings",
      schema: words().default(["number"]),
      description: "number (the default), string, hex or the deprecated any, one per sort field or one for all.",
    },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 200, min: 1, max: STATE_ROW_LIMIT, acceptsMax: true }),
      description: "The maximum number of rows (max means 200,000).",
    },
  },
  compile(args, ctx) {
    const defaultOrder = args.reverse === false ? "asc" : "desc";
    const specs = sortSpecs(args.sortby, args.order ?? [defaultOrder], args.type, ctx);
    return {
      stage: tableStage(args.fields, specs, args.limit),
      effects: { modifies: false, drops: true, retains: true },
      outputs: [...args.fields],
      reads: new Set([...args.fields, ...args.sortby]),
      projects: true,
    };
  },
};

/** Sorts like sort(), then emits rows that contain only the listed fields the event has. */
function tableStage(fields: readonly string[], specs: readonly SortSpec[], maxRows: number): StageFactory {
  const sorted = sortStage(specs, maxRows);
  return (next, run) => sorted({ push: (event) => next.push(project(event, fields)), end: () => next.end() }, run);
}

function project(event: Event, fields: readonly string[]): Event {
  const row: Event = new Map();
  for (const field of fields) {
    const value = event.get(field);
    if (value !== undefined) {
      row.set(field, value);
    }
  }
  return row;
}
