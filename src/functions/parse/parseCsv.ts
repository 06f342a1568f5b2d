/** parseCsv(): one line of comma-separated values becomes the named columns. */
import { z } from "zod";
import { mapStage } from "../../engine/pipeline.js";
import { fieldName, fieldNames, flag } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";

interface ParseCsvArgs {
  field: string;
  columns: string[];
  delimiter: string;
  trim: boolean;
  excludeEmpty: boolean;
}

export const parseCsv: FunctionDefinition<ParseCsvArgs> = {
  name: "parseCsv",
  kind: "transformation",
  docsPage: "functions-parsecsv",
  summary: "Splits a field of comma-separated values (with \"quoted\" values) into fields named by columns.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field holding one line of CSV." },
    columns: { type: "fields", schema: fieldNames(), description: "The field names for the values, in order; values past the last are dropped." },
    delimiter: {
      type: "string",
      schema: z.string().refine((value) => value.length === 1, { error: "the delimiter must be a single character, such as , or ;" }).default(","),
      description: "The single character between values.",
    },
    trim: { type: "boolean", schema: flag(false), description: "Remove spaces around unquoted values." },
    excludeEmpty: { type: "boolean", schema: flag(false), description: "Skip columns whose value is empty." },
  },
  compile(args) {
    const { field, columns, delimiter, trim, excludeEmpty } = args;

    return {
      stage: mapStage((event) => {
        const line = event.get(field);
        if (line === undefined) {
          return;
        }

        const values = splitCsvLine(line, delimiter, trim);
        values.slice(0, columns.length).forEach((value, index) => {
          if (!(excludeEmpty && value === "")) {
            event.set(columns[index] as string, value);
          }
        });
      }),
      outputs: columns,
      reads: new Set([field]),
    };
  },
};

/**
 * Splits one CSV line (RFC 4180 quoting): a value in double quotes may hold the delimiter, and
 * `""` inside it stands for one quote.
 */
export function splitCsvLine(line: string, delimiter: string, trim: boolean): string[] {
  const values: string[] = [];
  let position = 0;

  for (;;) {
    let start = position;
    if (trim) {
      while (line[start] === " " || line[start] === "\t") {
        start += 1;
      }
    }

    if (line[start] === '"') {
      const { value, end } = quoted(line, start);
      values.push(value);
      const next = line.indexOf(delimiter, end);
      if (next === -1) {
        return values;
      }
      position = next + 1;
      continue;
    }

    const next = line.indexOf(delimiter, position);
    const raw = next === -1 ? line.slice(position) : line.slice(position, next);
    values.push(trim ? raw.trim() : raw);
    if (next === -1) {
      return values;
    }
    position = next + 1;
  }
}

function quoted(line: string, start: number): { value: string; end: number } {
  const parts: string[] = [];
  let position = start + 1;

  for (;;) {
    const close = line.indexOf('"', position);
    if (close === -1) {
      parts.push(line.slice(position));
      return { value: parts.join(""), end: line.length };
    }

    parts.push(line.slice(position, close));
    if (line[close + 1] !== '"') {
      return { value: parts.join(""), end: close + 1 };
    }
    parts.push('"');
    position = close + 2;
  }
}
