/** readFile(): emits the rows of lookup files or defineTable() tables as events. */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { NO_FIELDS } from "../../engine/pipeline.js";
import type { FunctionDefinition, StageFactory } from "../types.js";
import { resolveTable, tableOf, type TableSource } from "./files.js";

interface ReadFileArgs {
  file: string[];
  include?: string[];
  limit?: number;
}

export const readFile: FunctionDefinition<ReadFileArgs> = {
  name: "readFile",
  kind: "aggregate",
  docsPage: "functions-readfile",
  summary: "Discards its input and emits one event per row of the given lookup files or tables, in the order given.",
  defaultParam: "file",
  params: {
    file: {
      type: "strings",
      schema: z.array(z.string().min(1, { error: "a file name must not be empty" })).min(1, { error: "give at least one file or table name" }),
      description: "The lookup files (.csv or .json) or defineTable() tables to read.",
    },
    include: {
      type: "strings",
      schema: z.array(z.string()).optional(),
      description: "The columns to keep; every column by default.",
    },
    limit: {
      type: "number",
      schema: z.number({ error: "expected a whole number of rows" }).int().min(1).optional(),
      description: "The maximum number of rows to emit.",
    },
  },
  compile(args, ctx) {
    const sources = args.file.map((name) => resolveTable(name, "file", ctx));
    return {
      stage: readFileStage(sources, args.include, args.limit ?? Number.POSITIVE_INFINITY),
      effects: { modifies: false, drops: true, retains: false },
      reads: NO_FIELDS,
      projects: true,
    };
  },
};

/**
 * Ignores the events it receives (the docs say anything before readFile() is discarded) and, at
 * the end of the input, emits the rows of each source: sources in the order given, rows in file
 * order. Tables are read at the end because defineTable() fills them in only then.
 */
function readFileStage(sources: readonly TableSource[], include: readonly string[] | undefined, maxRows: number): StageFactory {
  return (next, run) => ({
    push() {},
    end() {
      let emitted = 0;

      for (const source of sources) {
        for (const row of tableOf(source, run).rowsKeyedBy(undefined)) {
          if (emitted >= maxRows) {
            break;
          }
          next.push(projectRow(row, include));
          emitted += 1;
        }
      }
      next.end();
    },
  });
}

function projectRow(row: Event, include: readonly string[] | undefined): Event {
  if (include === undefined) {
    return new Map(row);
  }

  const event: Event = new Map();
  for (const column of include) {
    const value = row.get(column);
    if (value !== undefined) {
      event.set(column, value);
    }
  }
  return event;
}
