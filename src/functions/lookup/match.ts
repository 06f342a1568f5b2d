/** match(): joins events with the rows of a lookup file or defineTable() table. */
import { z } from "zod";
import { cloneEvent, type Event } from "../../engine/event.js";
import { ErrorCodes } from "../../errors/index.js";
import { fieldNames, flag, limit, oneOf, text } from "../schemas.js";
import type { CompileContext, FunctionDefinition, RunContext, StageFactory } from "../types.js";
import { resolveTable, tableOf, type LookupTable, type Row, type TableSource } from "./files.js";
import { rowMatcher, type MatchMode, type RowMatcher } from "./rowMatcher.js";

interface MatchArgs {
  file: string;
  field: string[];
  column?: string[];
  include?: string[];
  strict: boolean;
  mode: MatchMode;
  glob?: boolean;
  ignoreCase: boolean;
  nrows: number;
}

/** The maximum number of rows one event may be joined with (docs page functions-match, parameter nrows). */
export const MATCH_MAX_ROWS = 500;

/** The maximum number of rows of a file in glob mode (GLOB_MATCH_LIMIT's default). */
export const GLOB_MAX_ROWS = 20_000;

export const match: FunctionDefinition<MatchArgs> = {
  name: "match",
  kind: "filter",
  docsPage: "functions-match",
  summary: "Joins events with the last matching row of a lookup file or table, adding the row's columns; drops events without a match unless strict=false.",
  defaultParam: "file",
  negatable: true,
  params: {
    file: {
      type: "string",
      schema: text().min(1, { error: "give the lookup file name, e.g. hosts.csv" }),
      description: "The lookup file (.csv or .json) or the name of a defineTable() table.",
      aliases: ["table"],
    },
    field: { type: "fields", schema: fieldNames(), description: "The event fields whose values must equal the key columns, pairwise." },
    column: { type: "fields", schema: fieldNames().optional(), description: "The key columns of the file; the field names by default." },
    include: {
      type: "strings",
      schema: z.array(z.string()).optional(),
      description: "The columns to add; every column except the keys by default, none for [].",
    },
    strict: { type: "boolean", schema: flag(true), description: "Drop events without a matching row; false passes them unchanged." },
    mode: { type: "string", schema: oneOf(["string", "glob", "cidr"], "string"), description: "How keys match: exactly, as wildcard patterns, or as subnets." },
    glob: { type: "boolean", schema: z.boolean({ error: "expected true or false" }).optional(), description: "Deprecated: glob=true means mode=glob." },
    ignoreCase: { type: "boolean", schema: flag(false), description: "Compare values and keys without regard to case." },
    nrows: {
      type: "number",
      schema: limit({ defaultValue: 1, min: 1, max: MATCH_MAX_ROWS, acceptsMax: true }),
      description: "Join with up to this many of the last matching rows, one output event per row (max means 500).",
    },
  },
  compile(args, ctx) {
    const columns = args.column ?? args.field;
    if (columns.length !== args.field.length) {
      ctx.error(
        `field and column must name the same number of fields (${args.field.length} and ${columns.length}); they are matched pairwise`,
        ctx.argumentSpan("column"),
        ErrorCodes.invalidArgument,
      );
    }

    const mode: MatchMode = args.glob === true && !ctx.isGiven("mode") ? "glob" : args.mode;
    const source = resolveTable(args.file, "file", ctx);
    if (source.kind === "file") {
      checkFileColumns(source.table, columns, args.include, mode, ctx);
    }

    const join: LookupJoin = { source, fields: args.field, columns, include: args.include, mode, ignoreCase: args.ignoreCase, nrows: args.nrows };
    const emitsOnePerEvent = args.nrows === 1;
    const predicate = emitsOnePerEvent && !ctx.negated ? matchPredicate(join, args.strict) : undefined;

    return {
      stage: matchStage(join, args.strict, ctx.negated),
      ...(predicate === undefined ? {} : { predicate }),
      effects: { modifies: !ctx.negated, drops: args.strict || ctx.negated, retains: false },
      reads: new Set(args.field),
    };
  },
};

/** The join of one match() call: the table, the field and column pairs, and the columns added. */
export interface LookupJoin {
  source: TableSource;
  fields: readonly string[];
  columns: readonly string[];
  include: readonly string[] | undefined;
  mode: MatchMode;
  ignoreCase: boolean;
  nrows: number;
}

/** Rejects key or include columns the file lacks, and glob files over the row limit. */
function checkFileColumns(table: LookupTable, columns: readonly string[], include: readonly string[] | undefined, mode: MatchMode, ctx: CompileContext): void {
  const known = new Set(table.columns);
  const keyFree = table.keyedByMember && columns.length === 1;

  for (const column of keyFree ? [] : columns) {
    if (!known.has(column)) {
      ctx.error(
        `column "${column}" not found in lookup file "${table.name}"; its columns are ${describeColumns(table)}`,
        ctx.argumentSpan(ctx.isGiven("column") ? "column" : "field"),
        ErrorCodes.invalidArgument,
      );
    }
  }

  for (const column of include ?? []) {
    if (!known.has(column) && !(keyFree && columns.includes(column))) {
      ctx.error(
        `include names column "${column}", which lookup file "${table.name}" does not have; its columns are ${describeColumns(table)}`,
        ctx.argumentSpan("include"),
        ErrorCodes.invalidArgument,
      );
    }
  }

  if (mode === "glob" && table.size > GLOB_MAX_ROWS) {
    ctx.error(
      `lookup file "${table.name}" has ${table.size} rows, more than the ${GLOB_MAX_ROWS} that mode=glob allows; use mode=string or a smaller file`,
      ctx.argumentSpan("file"),
      ErrorCodes.invalidArgument,
    );
  }
}

function describeColumns(table: LookupTable): string {
  return table.columns.length === 0 ? "(none)" : table.columns.join(", ");
}

/**
 * Finds the rows to join with an event: the last `nrows` matching rows, the last one first
 * (docs page functions-match: the last matching row of the file wins since LogScale 1.145).
 * An event lacking one of the fields matches nothing.
 */
export function matchingRows(event: Event, join: LookupJoin, matcher: RowMatcher): readonly Row[] {
  const values: string[] = [];
  for (const field of join.fields) {
    const value = event.get(field);
    if (value === undefined) {
      return [];
    }
    values.push(value);
  }

  const rows = matcher(values);
  return rows.slice(Math.max(0, rows.length - join.nrows)).reverse();
}

/** Copies a row's columns onto an event: the included ones, or all but the key columns. */
export function enrich(event: Event, row: Row, join: LookupJoin): void {
  if (join.include !== undefined) {
    for (const column of join.include) {
      const value = row.get(column);
      if (value !== undefined) {
        event.set(column, value);
      }
    }
    return;
  }

  for (const [column, value] of row) {
    if (!join.columns.includes(column)) {
      event.set(column, value);
    }
  }
}

/** Returns the row matcher of a join, building it on first use (a table may fill in during the run). */
export function lazyMatcher(join: LookupJoin, run: RunContext): () => RowMatcher {
  let matcher: RowMatcher | undefined;
  return () => {
    matcher ??= rowMatcher(tableOf(join.source, run), { columns: join.columns, mode: join.mode, ignoreCase: join.ignoreCase });
    return matcher;
  };
}

function matchPredicate(join: LookupJoin, strict: boolean): ((event: Event) => boolean) | undefined {
  if (!strict) {
    return () => true;
  }
  if (join.source.kind !== "file") {
    return undefined;
  }

  const matcher = rowMatcher(join.source.table, { columns: join.columns, mode: join.mode, ignoreCase: join.ignoreCase });
  return (event) => matchingRows(event, join, matcher).length > 0;
}

/**
 * Emits one event per joined row, or the event unchanged when nothing matches and strict is
 * false. Negated, it passes exactly the events that match no row, unchanged.
 */
function matchStage(join: LookupJoin, strict: boolean, negated: boolean): StageFactory {
  return (next, run) => {
    const matcher = lazyMatcher(join, run);

    return {
      push(event) {
        const rows = matchingRows(event, join, matcher());

        if (negated) {
          if (rows.length === 0 && strict) {
            next.push(event);
          }
          return;
        }

        if (rows.length === 0) {
          if (!strict) {
            next.push(event);
          }
          return;
        }

        rows.forEach((row, index) => {
          const output = index === rows.length - 1 ? event : cloneEvent(event);
          enrich(output, row, join);
          next.push(output);
        });
      },
      end() {
        next.end();
      },
    };
  };
}
