/**
 * ioc:lookup(): annotates events whose fields hold a known indicator of compromise (docs page
 * functions-ioc-lookup). LogScale looks indicators up in CrowdStrike's threat intelligence feed,
 * which is not reachable offline. Here the caller supplies the indicators as the lookup file
 * `iocs.csv` or `iocs.json`, one row per indicator. Its columns are the ones the docs list:
 * indicator, type, malicious_confidence, labels, published_date and last_updated.
 */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { CqlRuntimeError, ErrorCodes } from "../../errors/index.js";
import { fieldNames, flag, text } from "../schemas.js";
import type { CompileContext, FunctionDefinition, StageFactory } from "../types.js";
import { lookupFile, type LookupTable, type Row } from "./files.js";

/** The lookup file names that hold the IOC table, tried in this order. */
export const IOC_TABLE_FILES = ["iocs.csv", "iocs.json"] as const;

/** The IOC columns ioc:lookup() can add (docs page functions-ioc-lookup, parameter include). */
export const IOC_COLUMNS = ["indicator", "type", "malicious_confidence", "labels", "published_date", "last_updated"] as const;

const CONFIDENCE_LEVELS = ["unverified", "low", "medium", "high"] as const;
type Confidence = (typeof CONFIDENCE_LEVELS)[number];

const MISSING_TABLE =
  "ioc:lookup() needs an IOC table: LogScale's threat intelligence feed is not reachable offline, so supply the indicators as the lookup file iocs.csv or iocs.json (columns indicator, type, malicious_confidence, labels, published_date, last_updated)";

interface IocLookupArgs {
  field: string[];
  type: "ip_address" | "url" | "domain";
  confidenceThreshold: Confidence;
  prefix: string;
  strict: boolean;
  include?: string[];
}

export const iocLookup: FunctionDefinition<IocLookupArgs> = {
  name: "ioc:lookup",
  kind: "filter",
  docsPage: "functions-ioc-lookup",
  summary: "Annotates events whose fields hold a known IOC from a caller-supplied IOC table (iocs.csv); strict=true drops the others.",
  defaultParam: "field",
  negatable: true,
  params: {
    field: { type: "fields", schema: fieldNames(), description: "The fields holding IP addresses, URLs or domains to look up." },
    type: {
      type: "string",
      schema: z.enum(["ip_address", "url", "domain"], { error: "expected one of ip_address, url, domain" }),
      description: "The kind of indicator the fields hold: ip_address, url or domain.",
    },
    confidenceThreshold: {
      type: "string",
      schema: z
        .string()
        .transform((value) => value.toLowerCase())
        .pipe(z.enum(CONFIDENCE_LEVELS, { error: "expected one of unverified, low, medium, high" }))
        .default("high"),
      description: "The lowest confidence of the indicators to consider: unverified, low, medium or high.",
    },
    prefix: { type: "string", schema: text().min(1).default("ioc"), description: "The prefix of the output fields." },
    strict: { type: "boolean", schema: flag(false), description: "Pass only events where some field contains an indicator." },
    include: {
      type: "strings",
      schema: z.array(z.enum(IOC_COLUMNS, { error: `expected columns among ${IOC_COLUMNS.join(", ")}` })).optional(),
      description: "The IOC columns to add; all of them by default.",
    },
  },
  compile(args, ctx) {
    const table = iocTable(ctx);
    const lookup: IocLookupSpec = {
      table,
      fields: args.field,
      type: args.type,
      minimum: CONFIDENCE_LEVELS.indexOf(args.confidenceThreshold),
      prefix: args.prefix,
      columns: args.include ?? [...IOC_COLUMNS],
    };

    return {
      stage: iocLookupStage(lookup, args.strict, ctx.negated),
      effects: { modifies: !ctx.negated, drops: args.strict || ctx.negated, retains: false },
      reads: new Set(args.field),
    };
  },
};

interface IocLookupSpec {
  /** Undefined when the run gives no files at all; the run then fails when an event arrives. */
  table: LookupTable | undefined;
  fields: readonly string[];
  type: string;
  minimum: number;
  prefix: string;
  columns: readonly string[];
}

function iocTable(ctx: CompileContext): LookupTable | undefined {
  for (const name of IOC_TABLE_FILES) {
    const table = lookupFile(ctx.options, name);
    if (table !== undefined) {
      return table;
    }
  }

  if (ctx.options.files !== undefined) {
    ctx.error(MISSING_TABLE, ctx.call.nameSpan, ErrorCodes.missingFile);
  }
  return undefined;
}

/**
 * Finds the indicators in the event's fields, field by field and in table order, keeping those
 * of the requested type and at least the threshold confidence. Domains and URLs compare without
 * regard to case.
 */
function findIndicators(event: Event, lookup: IocLookupSpec, table: LookupTable): Row[] {
  const found: Row[] = [];
  const foldCase = lookup.type !== "ip_address";

  for (const field of lookup.fields) {
    const value = event.get(field);
    if (value === undefined) {
      continue;
    }

    const wanted = foldCase ? value.toLowerCase() : value;
    for (const row of table.rowsKeyedBy("indicator")) {
      const indicator = row.get("indicator");
      const confidence = CONFIDENCE_LEVELS.indexOf((row.get("malicious_confidence") ?? "").toLowerCase() as Confidence);
      if (
        indicator !== undefined &&
        (foldCase ? indicator.toLowerCase() : indicator) === wanted &&
        row.get("type") === lookup.type &&
        confidence >= lookup.minimum
      ) {
        found.push(row);
      }
    }
  }
  return found;
}

/**
 * Adds `<prefix>[i].<column>` for each indicator found and `<prefix>.detected` = true. Negated,
 * it passes exactly the events without an indicator, unchanged.
 */
function iocLookupStage(lookup: IocLookupSpec, strict: boolean, negated: boolean): StageFactory {
  return (next) => ({
    push(event) {
      if (lookup.table === undefined) {
        throw new CqlRuntimeError({ code: ErrorCodes.missingFile, message: MISSING_TABLE });
      }

      const found = findIndicators(event, lookup, lookup.table);
      if (negated) {
        if (found.length === 0) {
          next.push(event);
        }
        return;
      }

      if (found.length === 0) {
        if (!strict) {
          next.push(event);
        }
        return;
      }

      found.forEach((row, index) => {
        for (const column of lookup.columns) {
          const value = row.get(column);
          if (value !== undefined) {
            event.set(`${lookup.prefix}[${index}].${column}`, value);
          }
        }
      });
      event.set(`${lookup.prefix}.detected`, "true");
      next.push(event);
    },
    end() {
      next.end();
    },
  });
}
