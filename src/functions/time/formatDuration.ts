/** formatDuration(): a whole number of time units as text such as 6h30m52s553ms. */
import { fieldName, limit, oneOf } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

interface FormatDurationArgs {
  field: string;
  as?: string;
  from: DurationUnit;
  precision: number;
}

type DurationUnit = "d" | "h" | "m" | "s" | "ms" | "us" | "ns";

/** Units from largest to smallest, with their length in nanoseconds. */
const UNITS: readonly [DurationUnit, bigint][] = [
  ["d", 86_400_000_000_000n],
  ["h", 3_600_000_000_000n],
  ["m", 60_000_000_000n],
  ["s", 1_000_000_000n],
  ["ms", 1_000_000n],
  ["us", 1_000n],
  ["ns", 1n],
];

export const formatDuration: FunctionDefinition<FormatDurationArgs> = {
  name: "formatDuration",
  kind: "transformation",
  docsPage: "functions-formatduration",
  summary: "Rewrites a whole number of milliseconds (or another unit) as a duration such as 6h30m52s553ms.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding a whole number; other values are left as they are." },
    as: { type: "field", schema: fieldName().optional(), description: "The output field; the input field by default." },
    from: { type: "string", schema: oneOf(["d", "h", "m", "s", "ms", "us", "ns"], "ms"), description: "The unit of the input: d, h, m, s, ms, us or ns." },
    precision: {
      type: "number",
      schema: limit({ defaultValue: 0, min: 0, max: 7, acceptsMax: false }),
      description: "How many units to print, largest first; 0 prints all of them.",
    },
  },
  compile(args) {
    const { field, from, precision } = args;
    return valueFunction(args.as ?? field, new Set([field]), (event) => {
      const raw = event.get(field);
      return raw === undefined || !/^[+-]?\d+$/.test(raw) ? null : formatDurationValue(BigInt(raw), from, precision);
    });
  },
};

/**
 * Prints a duration unit by unit, skipping zero units, down to the input's unit: 23452553 ms is
 * 6h30m52s553ms (functions-formatduration). A precision keeps that many units, largest first,
 * and drops the rest without rounding. Zero prints as `0` and the input's unit.
 */
export function formatDurationValue(value: bigint, from: DurationUnit, precision: number): string {
  const scale = (UNITS.find(([name]) => name === from) as [DurationUnit, bigint])[1];
  const negative = value < 0n;
  let rest = (negative ? -value : value) * scale;
  const parts: string[] = [];

  for (const [name, length] of UNITS) {
    if (length < scale) {
      break;
    }

    const count = rest / length;
    rest %= length;
    if (count > 0n) {
      parts.push(`${count}${name}`);
    }
  }

  if (parts.length === 0) {
    return `0${from}`;
  }

  const kept = precision > 0 ? parts.slice(0, precision) : parts;
  return (negative ? "-" : "") + kept.join("");
}
