/** The shape of ipLocation() and asn(): look an address up and write `<as>.<name>` fields. */
import type { Reader } from "maxmind";
import { fieldName } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { openDatabase, recordOf, type DatabaseKind } from "./geoDatabase.js";

export interface GeoArgs {
  field: string;
  as?: string;
}

export interface GeoFunctionOptions {
  name: string;
  docsPage: string;
  summary: string;
  kind: DatabaseKind;
  fields: (record: Record<string, unknown>) => [string, string][];
}

export function geoFunction(options: GeoFunctionOptions): FunctionDefinition<GeoArgs> {
  return {
    name: options.name,
    kind: "transformation",
    docsPage: options.docsPage,
    summary: options.summary,
    defaultParam: "field",
    params: {
      field: { type: "field", schema: fieldName().default("ip"), description: "The field holding the IPv4 or IPv6 address." },
      as: { type: "field", schema: fieldName().optional(), description: "The prefix of the output fields; the input field's name by default." },
    },
    compile(args, ctx) {
      const field = args.field;
      const prefix = args.as ?? field;
      const runOptions = ctx.options;

      return {
        // The database is opened when a run starts, since the run may be the one that names it.
        stage: (next) => {
          const reader: Reader<Record<string, unknown>> = openDatabase(runOptions, options.kind, options.name);
          return {
            push(event) {
              const text = event.get(field);
              const record = text === undefined ? null : recordOf(reader, text);
              for (const [name, value] of record === null ? [] : options.fields(record)) {
                event.set(`${prefix}.${name}`, value);
              }
              next.push(event);
            },
            end() {
              next.end();
            },
          };
        },
        reads: new Set([field]),
      };
    },
  };
}
