/** cidr(): keeps events whose field is an IP address inside one of a set of subnets. */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { predicateStage } from "../../engine/pipeline.js";
import { ErrorCodes } from "../../errors/index.js";
import { resolveTable, tableOf, type TableSource } from "../lookup/files.js";
import { parseSubnet, type Subnet } from "../lookup/subnet.js";
import { fieldName, flag, text } from "../schemas.js";
import type { CompileContext, CompiledFunction, FunctionDefinition, RunContext } from "../types.js";
import { SubnetSet } from "./subnetSet.js";

interface CidrArgs {
  field: string;
  subnet?: string[];
  file?: string;
  column?: string;
  negate: boolean;
}

export const cidr: FunctionDefinition<CidrArgs> = {
  name: "cidr",
  kind: "filter",
  docsPage: "functions-cidr",
  summary: "Keeps events whose field is an IPv4 or IPv6 address in one of the given subnets (or the subnets in a lookup file column).",
  defaultParam: "field",
  negatable: true,
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding the IP address." },
    subnet: {
      type: "strings",
      schema: z.array(z.string()).min(1, { error: "give at least one subnet, e.g. subnet=[\"10.0.0.0/8\"]" }).optional(),
      description: "Subnets in CIDR notation such as 10.0.0.0/8 or 2001:db8::/32; a lone address is a subnet of one.",
    },
    file: { type: "string", schema: text().optional(), description: "A lookup file (or defineTable() table) listing subnets." },
    column: { type: "field", schema: fieldName().optional(), description: "The column of file that holds the subnets." },
    negate: { type: "boolean", schema: flag(false), description: "Keep the events outside the subnets, and those without the field, as !cidr() does." },
  },
  compile(args, ctx) {
    const field = args.field;
    // A missing field is outside every subnet, so the negated form keeps it (functions-cidr).
    const inside = (subnets: SubnetSet, event: Event) => {
      const value = event.get(field);
      return value !== undefined && subnets.contains(value);
    };

    if (args.subnet !== undefined) {
      const subnets = new SubnetSet(args.subnet.map((entry) => subnetArgument(entry, ctx)));
      const predicate = args.negate ? (event: Event) => !inside(subnets, event) : (event: Event) => inside(subnets, event);
      return { stage: predicateStage(predicate), predicate, reads: new Set([field]) };
    }

    return fileCidr(args, ctx, inside);
  },
};

function subnetArgument(text: string, ctx: CompileContext): Subnet {
  const subnet = parseSubnet(text.trim());
  if (subnet === undefined) {
    return ctx.error(
      `invalid subnet ${JSON.stringify(text)}: write an IPv4 or IPv6 address with an optional prefix length, e.g. 10.0.0.0/8 or 2001:db8::/32`,
      ctx.argumentSpan("subnet"),
      ErrorCodes.invalidArgument,
    );
  }
  return subnet;
}

/** cidr(file=..., column=...): the subnets come from a lookup file, read once per run. */
function fileCidr(args: CidrArgs, ctx: CompileContext, inside: (subnets: SubnetSet, event: Event) => boolean): CompiledFunction {
  if (args.file === undefined || args.column === undefined) {
    return ctx.error(
      "cidr() needs the subnets: give subnet=[...], or file= with column= naming the column that lists them",
      ctx.call.nameSpan,
      ErrorCodes.invalidArgument,
    );
  }

  const source = resolveTable(args.file, "file", ctx);
  const column = args.column;
  const keep = (subnets: SubnetSet, event: Event) => inside(subnets, event) !== args.negate;
  const reads = new Set([args.field]);

  if (source.kind === "file") {
    const subnets = tableSubnets(source, column, ctx);
    const predicate = (event: Event) => keep(subnets, event);
    return { stage: predicateStage(predicate), predicate, reads };
  }

  // A defineTable() table (or a file the run has yet to supply) is known only when the run starts.
  return {
    stage: (next, run) => {
      let subnets: SubnetSet | undefined;
      return {
        push(event) {
          subnets ??= tableSubnets(source, column, ctx, run);
          if (keep(subnets, event)) {
            next.push(event);
          }
        },
        end() {
          next.end();
        },
      };
    },
    reads,
  };
}

/** Rows whose column is not a subnet are skipped: a lookup file may hold other rows too. */
function tableSubnets(source: TableSource, column: string, ctx: CompileContext, run?: RunContext): SubnetSet {
  const table = tableOf(source, run ?? { warn: (message) => ctx.warn(message) });
  const subnets: Subnet[] = [];
  for (const row of table.rowsKeyedBy(column)) {
    const text = row.get(column);
    const subnet = text === undefined ? undefined : parseSubnet(text.trim());
    if (subnet !== undefined) {
      subnets.push(subnet);
    }
  }
  return new SubnetSet(subnets);
}
