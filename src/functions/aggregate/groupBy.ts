/** groupBy(): runs aggregates per distinct combination of key field values. */
import type { Expr } from "../../syntax/ast.js";
import type { Event } from "../../engine/event.js";
import { fieldNames, limit, syntaxTrees } from "../schemas.js";
import type { CompiledPipeline, FunctionDefinition, RunContext, StageFactory } from "../types.js";
import { aggregateListReads, compileAggregateList } from "./aggregateList.js";
import { unionFieldUse } from "../../engine/pipeline.js";
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
 * Emits one row per group in the order groups were first seen (the docs leave it open): the key
 * fields, then the aggregates' fields. Past `limit` groups, events of new groups are ignored
 * and the run gets a warning; groups already seen keep counting.
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
          group = createGroup(event, fields, pipelines, run, groups.size, maxGroups);
          if (group === undefined) {
            return;
          }
          groups.set(key, group);
        }

        group.aggregates.push(event);
      },
      end() {
        for (const group of groups.values()) {
          emitGroup(group, fields, next.push.bind(next));
        }
        groups.clear();
        next.end();
      },
    };
  };
}

function createGroup(
  event: Event,
  fields: readonly string[],
  pipelines: readonly CompiledPipeline[],
  run: RunContext,
  size: number,
  maxGroups: number,
): Group | undefined {
  if (size >= maxGroups) {
    run.warn(`groupBy() reached its limit of ${maxGroups} groups; events of further groups were ignored, so the result is incomplete`);
    return undefined;
  }

  const keys = fields.map((field) => event.get(field) as string);
  return { keys, aggregates: new AggregateSet(pipelines, run) };
}

function emitGroup(group: Group, fields: readonly string[], emit: (row: Event) => void): void {
  for (const row of group.aggregates.end()) {
    const output: Event = new Map();
    fields.forEach((field, index) => output.set(field, group.keys[index] as string));
    for (const [name, value] of row) {
      output.set(name, value);
    }
    emit(output);
  }
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
