/** transpose(): turns rows into columns: one output event per field of the input rows. */
import type { Event } from "../../engine/event.js";
import { fieldName, limit } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";

interface TransposeArgs {
  pivot?: string;
  header?: string;
  column: string;
  limit: number;
}

export const transpose: FunctionDefinition<TransposeArgs> = {
  name: "transpose",
  kind: "aggregate",
  docsPage: "functions-transpose",
  summary: "Transposes a table: each field of the input rows becomes an output row, each input row a column.",
  defaultParam: "pivot",
  params: {
    pivot: { type: "field", schema: fieldName().optional(), description: "A field used both as header and as the name of the column field." },
    header: { type: "field", schema: fieldName().optional(), description: "The field whose values name the output columns; row[1], row[2]... without it." },
    column: { type: "field", schema: fieldName().default("column"), description: "The output field that contains each input field's name; column by default." },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 5, min: 1, max: 1_000, acceptsMax: false }),
      description: "The maximum number of input rows transposed, from 1 to 1,000; 5 by default.",
    },
  },
  compile(args, ctx) {
    const header = args.pivot ?? args.header;
    const column = args.pivot !== undefined && !ctx.isGiven("column") ? args.pivot : args.column;

    return {
      stage: (next, run) => {
        const rows: Event[] = [];

        return {
          push(event) {
            if (rows.length < args.limit) {
              rows.push(new Map(event));
            } else {
              run.warn(`transpose() transposes at most ${args.limit} rows; raise limit= to include more`);
            }
          },
          end() {
            for (const row of transposed(rows, header, column)) {
              next.push(row);
            }
            next.end();
          },
        };
      },
      effects: { modifies: false, drops: true, retains: false },
      reads: "all",
      projects: true,
    };
  },
};

/**
 * Builds one output event per field name of the input rows, in UTF-16 code unit order as the
 * functions-transpose examples show (`_count` before `loglevel`). Input row i (from 1) becomes
 * the field `row[i]`. With a header field it becomes the field named by that row's header value,
 * and the header field itself gives no output row. A row without the header value keeps `row[i]`, and
 * a row without a field leaves that cell out.
 */
function transposed(rows: readonly Event[], header: string | undefined, column: string): Event[] {
  const names = new Set<string>();
  for (const row of rows) {
    for (const name of row.keys()) {
      if (name !== header) {
        names.add(name);
      }
    }
  }

  const columnNames = rows.map((row, index) => (header === undefined ? undefined : row.get(header)) ?? `row[${index + 1}]`);

  return [...names].sort(byCodeUnit).map((name) => {
    const output: Event = new Map([[column, name]]);
    rows.forEach((row, index) => {
      const value = row.get(name);
      if (value !== undefined) {
        output.set(columnNames[index] as string, value);
      }
    });
    return output;
  });
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

