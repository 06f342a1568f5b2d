/** groupBy(): runs aggregates per distinct combination of key field values. */
import type { Expr } from "../../syntax/ast.js";
import type { Event } from "../../engine/event.js";
import { fieldNames, limit, syntaxTrees } from "../schemas.js";
import type { CompiledPipeline, FunctionDefinition, RunContext, StageFactory } from "../types.js";
import { aggregateListReads, compileAggregateList } from "./aggregateList.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import { parseNumber } from "../../engine/values.js";
import { AggregateSet } from "./combine.js";

interface GroupByArgs {
  field: string[];
  function?: Expr[];
  limit: number;
}

/** GroupMaxLimit's default since LogScale 1.127, which `limit=max` means (docs page functions-groupby). */
export const GROUP_MAX_LIMIT = 1_000_000;

export const groupBy: FunctionDefinition<GroupByArgs> = {
  name: "groupBy",
  kind: "aggregate",
  docsPage: "functions-groupby",
  summary: "Groups events by the values of key fields and runs aggregates per group; one row per group.",
  defaultParam: "field",
  params: {
    field: { type: "fields", schema: fieldNames(), description: "The key fields; an event lacking one of them is not grouped." },
    function: {
      type: "aggregates",
      schema: syntaxTrees().optional(),
      description: "The aggregates run per group; count() when not given, keys only for [].",
    },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 20_000, min: 1, max: GROUP_MAX_LIMIT, acceptsMax: true }),
      description: "The maximum number of groups (max means 1,000,000).",
    },
  },
  compile(args, ctx) {
    const pipelines = compileAggregateList(args.function, ctx);
    return {
      stage: groupByStage(args.field, pipelines, args.limit),
      reads: unionFieldUse([new Set(args.field), aggregateListReads(pipelines)]),
      projects: true,
    };
  },
};

interface Group {
  keys: string[];
  aggregates: AggregateSet;
}

/**
 * The maximum number of groups a groupBy() keeps while it reads its input, whatever its limit:
 * LogScale's GroupMaxLimit. Events of further new groups are ignored with a warning, as LogScale stops
 * adding groups at its memory limit (functions-groupby).
 * NOTE: a million groups can take hundreds of megabytes; the bound guards against unbounded
 * input, not against every memory shortage.
 */
export const GROUPS_HELD = GROUP_MAX_LIMIT;

/**
 * Emits one row per group in the order groups were first seen (the docs leave it open): the key
 * fields, then the aggregates' fields. With more groups than `limit`, only the `limit` groups
 * with the highest numeric value anywhere in their aggregate output remain, the selection the
 * functions-groupby page describes. Groups without any numeric output rank last, and ties keep
 * the first-seen order. LogScale makes that choice while streaming, so its groups past the limit
 * may have missed part of their events; here every group reads all of its events.
 */
function groupByStage(fields: readonly string[], pipelines: readonly CompiledPipeline[], maxGroups: number): StageFactory {
  const keyOf = fields.length === 1 ? singleKey(fields[0] as string) : compositeKey(fields);

  return (next, run) => {
    const groups = new Map<string, Group>();

    return {
      push(event) {
        const key = keyOf(event);
        if (key === undefined) {
          return;
        }

        let group = groups.get(key);
        if (group === undefined) {
          if (groups.size >= GROUPS_HELD) {
            run.warn(`groupBy() holds at most ${GROUPS_HELD} groups; events of further groups were ignored, so the result is incomplete`);
            return;
          }
          group = { keys: fields.map((field) => event.get(field) as string), aggregates: new AggregateSet(pipelines, run) };
          groups.set(key, group);
        }

        group.aggregates.push(event);
      },
      end() {
        const outputs = [...groups.values()].map((group) => groupOutput(group, fields));
        groups.clear();

        for (const output of keepTopGroups(outputs, maxGroups, run)) {
          for (const row of output.rows) {
            next.push(row);
          }
        }
        next.end();
      },
    };
  };
}

interface GroupOutput {
  /** The group's keys followed by each combined aggregate row. */
  rows: Event[];
  /** The largest number the aggregates wrote, which ranks the group against the limit. */
  rank: number;
}

function groupOutput(group: Group, fields: readonly string[]): GroupOutput {
  const aggregateRows = group.aggregates.end();

  const rows = aggregateRows.map((row) => {
    const output: Event = new Map();
    fields.forEach((field, index) => output.set(field, group.keys[index] as string));
    for (const [name, value] of row) {
      output.set(name, value);
    }
    return output;
  });

  return { rows, rank: highestNumber(aggregateRows) };
}

/** Keeps the `limit` groups with the highest rank, in their first-seen order. */
function keepTopGroups(groups: GroupOutput[], limit: number, run: RunContext): GroupOutput[] {
  if (groups.length <= limit) {
    return groups;
  }

  run.warn(
    `groupBy() found ${groups.length} groups, more than its limit of ${limit}; ` +
      "it kept the groups with the highest aggregate values, so the result is incomplete",
  );

  const ranked = groups.map((group, index) => ({ index, rank: group.rank }));
  ranked.sort((a, b) => b.rank - a.rank || a.index - b.index);

  const kept = new Set(ranked.slice(0, limit).map((entry) => entry.index));
  return groups.filter((_, index) => kept.has(index));
}

/** Finds the largest number among the rows' field values; -Infinity when there is none. */
function highestNumber(rows: readonly Event[]): number {
  let highest = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    for (const value of row.values()) {
      const number = parseNumber(value);
      if (number !== null && number > highest) {
        highest = number;
      }
    }
  }
  return highest;
}

function singleKey(field: string): (event: Event) => string | undefined {
  return (event) => event.get(field);
}

/** Joins the key values with their lengths, so no two different tuples give the same key. */
function compositeKey(fields: readonly string[]): (event: Event) => string | undefined {
  return (event) => {
    let key = "";
    for (const field of fields) {
      const value = event.get(field);
      if (value === undefined) {
        return undefined;
      }
      key += `${value.length}:${value}`;
    }
    return key;
  };
}
