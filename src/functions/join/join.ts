/**
 * join(): runs a subquery over the query's input and joins the main query's events with the
 * subquery's result rows on key fields.
 */
import { z } from "zod";
import { cloneEvent, type Event } from "../../engine/event.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Pipeline } from "../../syntax/ast.js";
import { fieldNames, limit, oneOf, pipeline, text } from "../schemas.js";
import type { CompiledPipeline, FunctionDefinition, RunContext, StageFactory } from "../types.js";
import { subqueryWindow, warnIgnoredScope, type SubqueryWindow } from "./scope.js";
import { prepareSubqueryInput, runSubquery, subqueryInput } from "./subquery.js";

interface JoinArgs {
  query: Pipeline;
  field: string[];
  key?: string[];
  include?: string[];
  mode: "inner" | "left";
  max: number;
  limit: number;
  start?: string;
  end?: string;
  repo?: string;
  view?: string;
  live?: boolean;
}

/** The largest `limit` the docs allow for the subquery's rows (docs page functions-join). */
export const JOIN_MAX_LIMIT = 200_000;

export const join: FunctionDefinition<JoinArgs> = {
  name: "join",
  kind: "filter",
  docsPage: "functions-join",
  summary: "Runs a subquery and keeps the events whose field values equal a result row's key values, adding included fields; mode=left keeps the rest too.",
  defaultParam: "query",
  negatable: true,
  params: {
    query: { type: "pipeline", schema: pipeline(), description: "The { ... } subquery, run over the same input as the main query." },
    field: { type: "fields", schema: fieldNames(), description: "The fields of the main query's events to join on." },
    key: { type: "fields", schema: fieldNames().optional(), description: "The fields of the subquery's rows to join on; field by default." },
    include: {
      type: "strings",
      schema: z.array(z.string()).optional(),
      description: "Subquery fields copied onto joined events; a row without one gives the empty string.",
    },
    mode: { type: "string", schema: oneOf(["inner", "left"], "inner"), description: "inner keeps joined events only; left also passes events without a match." },
    max: {
      type: "number",
      schema: limit({ defaultValue: 1, min: 1, max: JOIN_MAX_LIMIT, acceptsMax: true }),
      description: "The maximum number of subquery rows one event is joined with, one output event per row.",
    },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 100_000, min: 1, max: JOIN_MAX_LIMIT, acceptsMax: true }),
      description: "The maximum number of rows taken from the subquery (max means 200,000).",
    },
    start: { type: "string", schema: text().optional(), description: "The start of the subquery's time window, relative to the main query's end (e.g. 1d) or epoch ms." },
    end: { type: "string", schema: text().optional(), description: "The end of the subquery's time window, relative to the main query's end or epoch ms." },
    repo: { type: "string", schema: text().optional(), description: "The repository the subquery searches; offline, it reads the query's own input." },
    view: { type: "string", schema: text().optional(), description: "The view the subquery searches; offline, it reads the query's own input." },
    live: { type: "boolean", schema: z.boolean({ error: "expected true or false" }).optional(), description: "Whether the subquery is live; offline, it runs once." },
  },
  compile(args, ctx) {
    const keys = args.key ?? args.field;
    if (keys.length !== args.field.length) {
      ctx.error(
        `field and key must name the same number of fields (${args.field.length} and ${keys.length}); they are joined pairwise`,
        ctx.argumentSpan("key"),
        ErrorCodes.invalidArgument,
      );
    }
    warnIgnoredScope(args, ctx);

    const spec: JoinSpec = {
      subquery: ctx.compilePipeline(args.query),
      window: subqueryWindow(args, ctx),
      fields: args.field,
      keys,
      include: args.include ?? [],
      left: args.mode === "left",
      max: args.max,
      limit: args.limit,
      negated: ctx.negated,
    };

    return {
      stage: joinStage(spec),
      effects: { modifies: spec.include.length > 0 && !spec.negated, drops: true, retains: true },
    };
  },
};

interface JoinSpec {
  subquery: CompiledPipeline;
  window: SubqueryWindow;
  fields: readonly string[];
  keys: readonly string[];
  include: readonly string[];
  left: boolean;
  max: number;
  limit: number;
  negated: boolean;
}

/**
 * Holds the main query's events until the input ends, because the subquery's result is known
 * only then. It then runs the subquery and joins the held events in their order.
 */
function joinStage(spec: JoinSpec): StageFactory {
  return (next, run) => {
    prepareSubqueryInput(run);
    const held: Event[] = [];

    return {
      push(event) {
        held.push(event);
      },
      end() {
        const index = indexRows(subqueryRows(spec, held, run), spec);

        for (const event of held) {
          joinEvent(event, index, spec, next.push.bind(next));
        }
        held.length = 0;
        next.end();
      },
    };
  };
}

function subqueryRows(spec: JoinSpec, held: readonly Event[], run: RunContext): Event[] {
  const rows = runSubquery(spec.subquery, spec.window(subqueryInput(run, held)), run);
  if (rows.length > spec.limit) {
    run.warn(`join() subquery returned ${rows.length} rows, more than its limit of ${spec.limit}; only the first ${spec.limit} were used, so the result may be incomplete`);
    return rows.slice(0, spec.limit);
  }
  return rows;
}

/** Groups the subquery rows by their key values, keeping the first `max` rows of each key in result order. */
function indexRows(rows: readonly Event[], spec: JoinSpec): Map<string, Event[]> {
  const index = new Map<string, Event[]>();

  for (const row of rows) {
    const key = keyOf(row, spec.keys);
    if (key === undefined) {
      continue;
    }

    const matching = index.get(key);
    if (matching === undefined) {
      index.set(key, [row]);
    } else if (matching.length < spec.max) {
      matching.push(row);
    }
  }
  return index;
}

/**
 * Emits one copy of the event per matching row, with the included fields (the empty string where
 * the row lacks one, per the docs page functions-join); with no match, passes the event
 * unchanged in left mode. Negated, it passes exactly the events without a match.
 */
function joinEvent(event: Event, index: Map<string, Event[]>, spec: JoinSpec, emit: (event: Event) => void): void {
  const key = keyOf(event, spec.fields);
  const rows = key === undefined ? undefined : index.get(key);

  if (spec.negated) {
    if (rows === undefined) {
      emit(event);
    }
    return;
  }

  if (rows === undefined) {
    if (spec.left) {
      emit(event);
    }
    return;
  }

  rows.forEach((row, position) => {
    const output = position === rows.length - 1 ? event : cloneEvent(event);
    for (const field of spec.include) {
      output.set(field, row.get(field) ?? "");
    }
    emit(output);
  });
}

/** Joins key values with their lengths, so that no two different tuples give the same key. */
function keyOf(event: Event, fields: readonly string[]): string | undefined {
  let key = "";
  for (const field of fields) {
    const value = event.get(field);
    if (value === undefined) {
      return undefined;
    }
    key += `${value.length}:${value}`;
  }
  return key;
}
