/** sort(): orders events by fields and keeps the first `limit`. */
import { z } from "zod";
import { fieldNames, limit } from "../schemas.js";
import type { CompileContext, FunctionDefinition, StageFactory } from "../types.js";
import { ErrorCodes } from "../../errors/index.js";
import {
  BoundedSelection,
  compareRows,
  readSortKey,
  STATE_ROW_LIMIT,
  type RankedRow,
  type SortOrder,
  type SortSpec,
  type SortType,
} from "./selection.js";

interface SortArgs {
  field: string[];
  order?: string[];
  reverse?: boolean;
  type: string[];
  limit: number;
}

/** A non-empty list of words, such as the values of `order` and `type`. */
export const words = () => z.array(z.string()).min(1, { error: "give at least one value" });

export const sort: FunctionDefinition<SortArgs> = {
  name: "sort",
  kind: "aggregate",
  docsPage: "functions-sort",
  summary: "Sorts events by one or more fields and keeps the first limit of them, whole.",
  defaultParam: "field",
  params: {
    field: { type: "fields", schema: fieldNames().default(["_count"]), description: "The fields to sort by, most significant first." },
    order: { type: "strings", schema: words().optional(), description: "asc or desc (the default), one per field or one for all; ascending and descending also work." },
    reverse: { type: "boolean", schema: z.boolean().optional(), description: "Deprecated: true means order=desc, false order=asc." },
    type: {
      type: "strings",
      schema: words().default(["number"]),
      description: "number (the default), string, hex or the deprecated any, one per field or one for all.",
    },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 200, min: 1, max: STATE_ROW_LIMIT, acceptsMax: true }),
      description: "The maximum number of events kept (max means 200,000).",
    },
  },
  compile(args, ctx) {
    const defaultOrder: SortOrder = args.reverse === false ? "asc" : "desc";
    const specs = sortSpecs(args.field, args.order ?? [defaultOrder], args.type, ctx);
    return {
      stage: sortStage(specs, args.limit),
      effects: { modifies: false, drops: true, retains: true },
      reads: new Set(args.field),
    };
  },
};

/**
 * The accepted spellings of `order`: asc and desc, the long forms array:sort() documents, and
 * the prefixes between them. CrowdStrike's own dashboards write `order=des`, and a community
 * dashboard writes `order=asce`.
 */
const ORDERS: Readonly<Record<string, SortOrder>> = {
  asc: "asc",
  asce: "asc",
  ascen: "asc",
  ascend: "asc",
  ascendi: "asc",
  ascendin: "asc",
  ascending: "asc",
  des: "desc",
  desc: "desc",
  desce: "desc",
  descen: "desc",
  descend: "desc",
  descendi: "desc",
  descendin: "desc",
  descending: "desc",
};

const TYPES: Readonly<Record<string, SortType>> = { number: "number", string: "string", hex: "hex", any: "any" };

/** Pairs each field with its order and type; a single order or type applies to every field. */
export function sortSpecs(fields: readonly string[], orders: readonly string[], types: readonly string[], ctx: CompileContext): SortSpec[] {
  checkCount(fields, orders, "order", ctx);
  checkCount(fields, types, "type", ctx);

  return fields.map((field, index) => ({
    field,
    order: pick(orders, index, ORDERS, "order", "asc or desc", ctx),
    type: pick(types, index, TYPES, "type", "number, string, hex or any", ctx),
  }));
}

function checkCount(fields: readonly string[], values: readonly string[], parameter: string, ctx: CompileContext): void {
  if (values.length > 1 && values.length !== fields.length) {
    ctx.error(
      `${parameter} has ${values.length} values for ${fields.length} fields; give one value for all fields or one per field`,
      ctx.argumentSpan(parameter),
      ErrorCodes.invalidArgument,
    );
  }
}

function pick<T>(
  values: readonly string[],
  index: number,
  allowed: Readonly<Record<string, T>>,
  parameter: string,
  expected: string,
  ctx: CompileContext,
): T {
  const value = (values.length === 1 ? values[0] : values[index]) as string;
  const known = Object.hasOwn(allowed, value.toLowerCase()) ? allowed[value.toLowerCase()] : undefined;
  if (known === undefined) {
    ctx.error(
      `invalid ${parameter} ${JSON.stringify(value)}: expected ${expected}`,
      ctx.argumentSpan(parameter),
      ErrorCodes.invalidArgument,
    );
  }
  return known;
}

/** Keeps the first `limit` events under the ordering and emits them in order, whole. */
export function sortStage(specs: readonly SortSpec[], maxRows: number): StageFactory {
  return (next) => {
    const selection = new BoundedSelection<RankedRow>(maxRows, (a, b) => compareRows(a, b, specs));
    let sequence = 0;

    return {
      push(event) {
        const keys = specs.map((spec) => readSortKey(event.get(spec.field), spec.type));
        selection.offer({ event, keys, sequence });
        sequence += 1;
      },
      end() {
        for (const row of selection.sorted()) {
          next.push(row.event);
        }
        next.end();
      },
    };
  };
}
