/** unit:convert(): converts a value between unit prefixes, such as 514 ms to 0.514 s. */
import { fieldName, flag, text } from "../schemas.js";
import { formatNumber } from "../../engine/values.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { CompileContext, FunctionDefinition } from "../types.js";
import { factorOf, rescale, splitUnit, type Factor, type PrefixedUnit } from "./unitPrefixes.js";

interface UnitConvertArgs {
  field: string;
  from?: string;
  to?: string;
  unit?: string;
  binary: boolean;
  keepUnit: boolean;
  as?: string;
}

/** A number with an optional unit after it, with or without a space: `514 ms`, `4KiB`, `10`. */
const VALUE_WITH_UNIT = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(\S*)\s*$/;

interface Target {
  factor: Factor;
  prefix: string;
  unit: string;
}

export const unitConvert: FunctionDefinition<UnitConvertArgs> = {
  name: "unit:convert",
  kind: "transformation",
  docsPage: "functions-unit-convert",
  summary: "Converts a number between unit prefixes (514 ms to 0.514, 4 KiB to 4096, to=G for giga); in place unless as= is given.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding the value, with or without a unit after the number." },
    from: { type: "string", schema: text().optional(), description: "The prefix and unit of values written without one, e.g. B, M or Mi." },
    to: { type: "string", schema: text().optional(), description: "The prefix (and unit) to convert to, e.g. k, G, Gi or ms; the bare unit by default." },
    unit: { type: "string", schema: text().optional(), description: "The unit the values end with, for units that start with a prefix letter (min, mol)." },
    binary: { type: "boolean", schema: flag(false), description: "Read the prefixes k to Y as powers of 1024 instead of 1000." },
    keepUnit: { type: "boolean", schema: flag(false), description: "Append the prefix and unit of the result to the number." },
    as: { type: "field", schema: fieldName().optional(), description: "The output field; the input field by default." },
  },
  compile(args, ctx) {
    const { field, unit, binary, keepUnit } = args;
    const from = args.from === undefined ? undefined : parseArgumentUnit(args.from, "from", args, ctx);
    const target = args.to === undefined ? { factor: { base: 10, power: 0 } as Factor, prefix: "", unit: "" } : toTarget(parseArgumentUnit(args.to, "to", args, ctx), binary);

    // NOTE: keepUnit appends the prefix and unit right after the number (0.514s); the docs
    // page does not show whether LogScale puts a space between them.
    return valueFunction(args.as ?? field, new Set([field]), (event) => {
      const value = event.get(field);
      const parsed = value === undefined ? null : VALUE_WITH_UNIT.exec(value);
      if (parsed === null) {
        return null;
      }

      const source = parsed[2] === "" ? (from ?? { prefix: "", unit: "" }) : splitUnit(parsed[2] as string, unit);
      const factor = source === null ? null : factorOf(source.prefix, binary);
      if (source === null || factor === null) {
        return null;
      }

      const converted = formatNumber(rescale(Number(parsed[1]), factor, target.factor));
      if (!keepUnit) {
        return converted;
      }
      const unitName = target.unit === "" ? source.unit : target.unit;
      return converted + target.prefix + unitName;
    });
  },
};

function parseArgumentUnit(written: string, parameter: string, args: UnitConvertArgs, ctx: CompileContext): PrefixedUnit {
  // With unit= given, to= and from= may still be a bare prefix such as k.
  const parsed = splitUnit(written, args.unit) ?? (args.unit === undefined ? null : { prefix: written, unit: "" });
  if (parsed === null || factorOf(parsed.prefix, args.binary) === null) {
    return ctx.error(
      `invalid unit ${JSON.stringify(written)} for ${parameter}=: expected a prefix such as k, M, G, Ki or m, optionally followed by the unit${args.unit === undefined ? "" : ` ${JSON.stringify(args.unit)}`}`,
      ctx.argumentSpan(parameter),
    );
  }
  return parsed;
}

function toTarget(parsed: PrefixedUnit, binary: boolean): Target {
  return { factor: factorOf(parsed.prefix, binary) as Factor, prefix: parsed.prefix, unit: parsed.unit };
}
