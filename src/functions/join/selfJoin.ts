/**
 * selfJoin(): collates the events that share a key into one row per key, for the keys whose
 * events together satisfy every where clause (docs page functions-selfjoin). It is the
 * groupBy(key, function=collect(...)) of the keys that selfJoinFilter() would keep.
 */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Pipeline } from "../../syntax/ast.js";
import { GROUP_MAX_LIMIT } from "../aggregate/groupBy.js";
import { fieldNames, flag, limit, pipelines } from "../schemas.js";
import type { FunctionDefinition, StageFactory } from "../types.js";

interface SelfJoinArgs {
  field: string[];
  where: Pipeline[];
  collect?: string[];
  select?: string[];
  prefilter: boolean;
  postfilter: boolean;
  limit: number;
}

/** The where clauses are tracked as bits of a number; 30 keeps every mask a small integer. */
const MAX_CLAUSES = 30;

export const selfJoin: FunctionDefinition<SelfJoinArgs> = {
  name: "selfJoin",
  kind: "aggregate",
  docsPage: "functions-selfjoin",
  summary: "Collates events sharing a key into one row per key, for keys whose events together satisfy every where clause.",
  defaultParam: "field",
  params: {
    field: { type: "fields", schema: fieldNames(), description: "The key fields; events lacking one are left out." },
    where: { type: "pipelines", schema: pipelines(), description: "Filter subqueries [{...}, {...}]; each must match some event of the key." },
    collect: { type: "fields", schema: z.array(z.string()).optional(), description: "The fields whose values are collected per key." },
    select: { type: "fields", schema: z.array(z.string()).optional(), description: "More fields collected per key, like collect." },
    prefilter: { type: "boolean", schema: flag(false), description: "Collect only from events that match at least one where clause." },
    postfilter: { type: "boolean", schema: flag(false), description: "Keep only rows that satisfy every where clause after collating." },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 20_000, min: 1, max: GROUP_MAX_LIMIT, acceptsMax: true }),
      description: "The maximum number of keys (rows) kept.",
    },
  },
  compile(args, ctx) {
    if (args.where.length > MAX_CLAUSES) {
      ctx.error(`selfJoin() takes at most ${MAX_CLAUSES} where clauses`, ctx.argumentSpan("where"), ErrorCodes.invalidArgument);
    }

    const clauses = args.where.map((clause) => {
      const compiled = ctx.compilePipeline(clause);
      if (compiled.predicate === undefined) {
        return ctx.error("a where clause of selfJoin() must only filter events, e.g. {from=*peter*}", clause.span, ErrorCodes.invalidArgument);
      }
      return compiled;
    });

    const collected = [...new Set([...(args.collect ?? []), ...(args.select ?? [])])];
    return {
      stage: selfJoinStage({
        keys: args.field,
        clauses: clauses.map((clause) => clause.predicate as (event: Event) => boolean),
        collected,
        prefilter: args.prefilter,
        postfilter: args.postfilter,
        limit: args.limit,
      }),
      reads: unionFieldUse([new Set([...args.field, ...collected]), ...clauses.map((clause) => clause.reads)]),
      projects: true,
    };
  },
};

interface SelfJoinSpec {
  keys: readonly string[];
  clauses: readonly ((event: Event) => boolean)[];
  collected: readonly string[];
  prefilter: boolean;
  postfilter: boolean;
  limit: number;
}

interface KeyState {
  keyValues: string[];
  /** One bit per where clause that some event of the key satisfies. */
  satisfied: number;
  /** Per collected field, its distinct values in first-seen order. */
  values: Map<string, Set<string>>;
}

/**
 * Reads every event once, recording per key the clauses satisfied and the collected values, and
 * emits the rows of the keys that satisfied all clauses, in first-seen key order. Collected
 * values are joined with a newline, as collect() joins them.
 */
function selfJoinStage(spec: SelfJoinSpec): StageFactory {
  const allClauses = 2 ** spec.clauses.length - 1;

  return (next, run) => {
    const states = new Map<string, KeyState>();

    return {
      push(event) {
        const keyValues = spec.keys.map((field) => event.get(field));
        if (keyValues.some((value) => value === undefined)) {
          return;
        }

        const key = (keyValues as string[]).map((value) => `${value.length}:${value}`).join("");
        let state = states.get(key);
        if (state === undefined) {
          state = { keyValues: keyValues as string[], satisfied: 0, values: new Map() };
          states.set(key, state);
        }

        let mask = 0;
        spec.clauses.forEach((clause, index) => {
          if (clause(event)) {
            mask |= 1 << index;
          }
        });
        state.satisfied |= mask;

        if (!spec.prefilter || mask !== 0) {
          collectValues(state, event, spec.collected);
        }
      },
      end() {
        let emitted = 0;
        for (const state of states.values()) {
          if (state.satisfied !== allClauses) {
            continue;
          }

          const row = rowOf(state, spec);
          if (spec.postfilter && !spec.clauses.every((clause) => clause(row))) {
            continue;
          }
          if (emitted === spec.limit) {
            run.warn(`selfJoin() reached its limit of ${spec.limit} rows; further keys were left out, so the result is incomplete`);
            break;
          }
          next.push(row);
          emitted += 1;
        }
        next.end();
      },
    };
  };
}

function collectValues(state: KeyState, event: Event, fields: readonly string[]): void {
  for (const field of fields) {
    const value = event.get(field);
    if (value === undefined) {
      continue;
    }

    let values = state.values.get(field);
    if (values === undefined) {
      values = new Set();
      state.values.set(field, values);
    }
    values.add(value);
  }
}

function rowOf(state: KeyState, spec: SelfJoinSpec): Event {
  const row: Event = new Map();
  spec.keys.forEach((field, index) => row.set(field, state.keyValues[index] as string));

  for (const field of spec.collected) {
    const values = state.values.get(field);
    if (values !== undefined) {
      row.set(field, [...values].join("\n"));
    }
  }
  return row;
}
