/** top(): the most frequent values (or combinations) of fields, by count, sum or max. */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { READING_AGGREGATE_EFFECTS } from "../../engine/pipeline.js";
import { formatNumber } from "../../engine/values.js";
import { ErrorCodes } from "../../errors/index.js";
import { fieldName, fieldNames, flag, limit, text } from "../schemas.js";
import type { FunctionDefinition, StageFactory } from "../types.js";
import { numberIn } from "./numericField.js";

interface TopArgs {
  field: string[];
  limit: number;
  as?: string;
  sum?: string;
  max?: string;
  percent: boolean;
  rest?: string;
  error: number;
}

export const top: FunctionDefinition<TopArgs> = {
  name: "top",
  kind: "aggregate",
  docsPage: "functions-top",
  summary: "Finds the most common values of fields, sorted by count (or by the sum or max of another field).",
  defaultParam: "field",
  params: {
    field: { type: "fields", schema: fieldNames(), description: "The fields to group by; an event lacking one of them is not counted." },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 10, min: 1, max: Number.MAX_SAFE_INTEGER, acceptsMax: false }),
      description: "The number of rows to return; 10 by default.",
    },
    as: { type: "field", schema: fieldName().optional(), description: "The output field; _count, _sum or _max by default." },
    sum: { type: "field", schema: fieldName().optional(), description: "Rank by the sum of this field instead of the count." },
    max: { type: "field", schema: fieldName().optional(), description: "Rank by the largest value of this field instead of the count." },
    percent: { type: "boolean", schema: flag(false), description: "Add a percent field with each row's share of the total." },
    rest: { type: "string", schema: text().optional(), description: "Add a row with this label and the total of the values outside the top." },
    error: {
      type: "number",
      schema: z.number({ error: "expected a number" }).min(0).default(5),
      description: "LogScale's warning threshold for imprecise results, in percent; this engine is exact and never warns.",
    },
  },
  compile(args, ctx) {
    if (args.sum !== undefined && args.max !== undefined) {
      ctx.error("top() takes sum= or max=, not both; remove one of them", ctx.argumentSpan("max"), ErrorCodes.invalidArgument);
    }

    const measure: Measure = args.sum !== undefined ? { kind: "sum", field: args.sum } : args.max !== undefined ? { kind: "max", field: args.max } : { kind: "count" };
    const as = args.as ?? `_${measure.kind}`;
    const outputs = [...args.field, as, ...(args.percent ? ["percent"] : [])];
    const reads = measure.kind === "count" ? args.field : [...args.field, measure.field];

    return {
      stage: topStage(args, measure, as),
      effects: READING_AGGREGATE_EFFECTS,
      outputs,
      reads: new Set(reads),
      projects: true,
    };
  },
};

type Measure = { kind: "count" } | { kind: "sum" | "max"; field: string };

interface Entry {
  keys: string[];
  value: number;
  /** False for max= while no event of the entry had a number. */
  hasValue: boolean;
  sequence: number;
}

/**
 * Counts exactly, where LogScale uses a frequent-items sketch that is exact up to 24,576
 * distinct values (functions-top). Rows come sorted by the measure, largest first; equal
 * measures keep the order in which the values were first seen. With max=, a combination none of
 * whose events had a number is left out. `percent` is each row's share of the total over all
 * combinations (of the maxima for max=). The `rest` row is added only when some combination falls
 * outside the top. It has the label in every key field and the others' total count or sum, or
 * their largest value for max=.
 */
function topStage(args: TopArgs, measure: Measure, as: string): StageFactory {
  return (next) => {
    const entries = new Map<string, Entry>();

    return {
      push(event) {
        const keys = keysOf(event, args.field);
        if (keys === undefined) {
          return;
        }

        // One field is its own key; several are joined with their lengths so tuples stay apart.
        const id = keys.length === 1 ? (keys[0] as string) : keys.map((key) => `${key.length}:${key}`).join("");
        let entry = entries.get(id);
        if (entry === undefined) {
          entry = { keys, value: 0, hasValue: measure.kind !== "max", sequence: entries.size };
          entries.set(id, entry);
        }
        addToEntry(entry, event, measure);
      },
      end() {
        for (const row of topRows([...entries.values()], args, measure, as)) {
          next.push(row);
        }
        next.end();
      },
    };
  };
}

/** Reads the values of the key fields; undefined when the event lacks one of them. */
function keysOf(event: Event, fields: readonly string[]): string[] | undefined {
  const keys: string[] = [];
  for (const field of fields) {
    const value = event.get(field);
    if (value === undefined) {
      return undefined;
    }
    keys.push(value);
  }
  return keys;
}

function addToEntry(entry: Entry, event: Event, measure: Measure): void {
  if (measure.kind === "count") {
    entry.value += 1;
    return;
  }

  const value = numberIn(event, measure.field);
  if (value === null) {
    return;
  }

  if (measure.kind === "sum") {
    entry.value += value;
  } else {
    entry.value = entry.hasValue ? Math.max(entry.value, value) : value;
    entry.hasValue = true;
  }
}

function topRows(all: Entry[], args: TopArgs, measure: Measure, as: string): Event[] {
  const ranked = all.filter((entry) => entry.hasValue).sort((a, b) => b.value - a.value || a.sequence - b.sequence);
  const total = ranked.reduce((sum, entry) => sum + entry.value, 0);
  const kept = ranked.slice(0, args.limit);
  const others = ranked.slice(args.limit);

  const rows = kept.map((entry) => row(args.field.map((field, index) => [field, entry.keys[index] as string]), entry.value, total, args, as));

  if (args.rest !== undefined && others.length > 0) {
    const label = args.rest;
    const combine = measure.kind === "max" ? Math.max : (a: number, b: number) => a + b;
    const restValue = others.map((entry) => entry.value).reduce((a, b) => combine(a, b));
    rows.push(row(args.field.map((field) => [field, label]), restValue, total, args, as));
  }

  return rows;
}

function row(keys: [string, string][], value: number, total: number, args: TopArgs, as: string): Event {
  const output: Event = new Map(keys);
  output.set(as, formatNumber(value));
  if (args.percent) {
    output.set("percent", formatNumber(total === 0 ? 0 : (value / total) * 100));
  }
  return output;
}
