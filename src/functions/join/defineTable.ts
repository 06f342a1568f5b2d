/**
 * defineTable(): runs a subquery over the query's input and keeps its result as an ad-hoc table
 * that match(), readFile() and cidr(file=...) of the same query can read by name.
 */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import type { Pipeline } from "../../syntax/ast.js";
import { declareTable, LookupTable, storeTable } from "../lookup/files.js";
import { pipeline, text } from "../schemas.js";
import type { CompiledPipeline, FunctionDefinition, StageFactory } from "../types.js";
import { prepareSubqueryInput, runSubquery, subqueryInput } from "./subquery.js";
import { subqueryWindow, warnIgnoredScope, type SubqueryWindow } from "./scope.js";

interface DefineTableArgs {
  query: Pipeline;
  name: string;
  include: string[];
  start?: string;
  end?: string;
  view?: string;
}

export const defineTable: FunctionDefinition<DefineTableArgs> = {
  name: "defineTable",
  // It passes the main query's events on unchanged, so what follows it is not after an aggregate.
  kind: "transformation",
  docsPage: "functions-definetable",
  summary: "Runs a subquery over the query's input and keeps the chosen fields of its result as a table for match() and readFile().",
  defaultParam: "query",
  params: {
    query: { type: "pipeline", schema: pipeline(), description: "The { ... } subquery whose result becomes the table." },
    name: { type: "string", schema: text().min(1, { error: "give the table a name" }), description: "The table's name, used as match(table=name) or readFile(name)." },
    include: {
      type: "strings",
      schema: z.array(z.string()).min(1, { error: "give the columns to keep, or [\"*\"] for every field" }),
      description: "The fields of the subquery's result that become columns; [\"*\"] keeps all.",
    },
    start: { type: "string", schema: text().optional(), description: "The start of the subquery's time window, relative to the main query's end (e.g. 1d)." },
    end: { type: "string", schema: text().optional(), description: "The end of the subquery's time window, relative to the main query's end." },
    view: { type: "string", schema: text().optional(), description: "The view the subquery searches; offline, it reads the query's own input." },
  },
  compile(args, ctx) {
    declareTable(ctx.options, args.name);
    warnIgnoredScope(args, ctx);

    const subquery = ctx.compilePipeline(args.query);
    const window = subqueryWindow(args, ctx);
    return {
      stage: defineTableStage(args.name, subquery, args.include, window),
      effects: { modifies: false, drops: false, retains: true },
    };
  },
};

/**
 * Holds the main query's events until the input ends, runs the subquery over the query input,
 * stores the table, and then passes the held events on unchanged, so that calls after it find
 * the table filled in.
 */
function defineTableStage(name: string, subquery: CompiledPipeline, include: readonly string[], window: SubqueryWindow): StageFactory {
  return (next, run) => {
    prepareSubqueryInput(run);
    const held: Event[] = [];

    return {
      push(event) {
        held.push(event);
      },
      end() {
        const input = window(subqueryInput(run, held));
        const rows = runSubquery(subquery, input, run).map((row) => projectRow(row, include));
        storeTable(run, new LookupTable(name, rows, tableColumns(rows, include)));

        for (const event of held) {
          next.push(event);
        }
        held.length = 0;
        next.end();
      },
    };
  };
}

function projectRow(row: Event, include: readonly string[]): Event {
  if (include.includes("*")) {
    return row;
  }

  const projected: Event = new Map();
  for (const column of include) {
    const value = row.get(column);
    if (value !== undefined) {
      projected.set(column, value);
    }
  }
  return projected;
}

function tableColumns(rows: readonly Event[], include: readonly string[]): string[] {
  if (!include.includes("*")) {
    return [...include];
  }

  const columns = new Set<string>();
  for (const row of rows) {
    for (const column of row.keys()) {
      columns.add(column);
    }
  }
  return [...columns];
}
