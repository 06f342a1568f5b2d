/** format(): builds a string from field values with a printf-style format string. */
import { z } from "zod";
import { ErrorCodes } from "../../errors/index.js";
import type { Event } from "../../engine/event.js";
import { parseNumber } from "../../engine/values.js";
import { fieldNames, outputField, text } from "../schemas.js";
import { ENGLISH_NAMES, convertTime } from "../time/timeFormat.js";
import { queryZone, zoneArgument } from "../time/timeArguments.js";
import { toLocalTime, type TimeZone } from "../time/zone.js";
import type { CompileContext, FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";
import { formatFloating, formatIntegral, padToWidth } from "./formatNumbers.js";
import { argumentsNeeded, FormatStringError, parseFormatString, type FormatPiece, type Specifier } from "./formatString.js";

interface FormatArgs {
  format: string;
  field: string[];
  as: string;
  timezone?: string;
}

export const format: FunctionDefinition<FormatArgs> = {
  name: "format",
  kind: "transformation",
  docsPage: "functions-format",
  summary: "Writes a string built from field values with a Java printf-style format string (%s, %d, %x, %.2f, %,d, %tF...).",
  defaultParam: "format",
  params: {
    format: { type: "string", schema: text(), description: "The format string; each specifier reads the next field, n$ picks field n, %< reuses the last one." },
    field: { type: "fields", schema: fieldNames(), description: "The fields whose values the specifiers print, in order." },
    as: { type: "field", schema: outputField("_format"), description: "The output field." },
    timezone: {
      type: "string",
      schema: z.string().optional(),
      description: "The time zone of %t conversions; the query's time zone by default.",
    },
  },
  compile(args, ctx) {
    const pieces = compilePieces(args, ctx);
    const zone = args.timezone === undefined ? queryZone(ctx) : zoneArgument(args.timezone, "timezone", ctx);
    const fields = args.field;

    return valueFunction(args.as, new Set(fields), (event) => render(pieces, fields, event, zone));
  },
};

function compilePieces(args: FormatArgs, ctx: CompileContext): FormatPiece[] {
  let pieces: FormatPiece[];
  try {
    pieces = parseFormatString(args.format);
  } catch (error) {
    if (error instanceof FormatStringError) {
      return ctx.error(error.message, ctx.argumentSpan("format"), ErrorCodes.invalidArgument);
    }
    throw error;
  }

  const needed = argumentsNeeded(pieces);
  if (needed > args.field.length) {
    const listed = args.field.length === 1 ? "1 field" : `${args.field.length} fields`;
    ctx.error(
      `the format string reads ${needed} fields but field= lists ${listed}; add the missing fields to field=[...] or remove specifiers (write %% for a literal percent sign)`,
      ctx.argumentSpan("field"),
      ErrorCodes.invalidArgument,
    );
  }
  return pieces;
}

/**
 * Builds the string for one event. A numeric or date conversion whose field is missing or not
 * a number gives no result, so the output field is not written. `%s` prints a missing field as
 * `null`, the way Java's Formatter prints a null argument.
 */
function render(pieces: readonly FormatPiece[], fields: readonly string[], event: Event, zone: TimeZone): string | null {
  let result = "";

  for (const piece of pieces) {
    if (typeof piece === "string") {
      result += piece;
      continue;
    }

    const value = piece.argument < 0 ? undefined : event.get(fields[piece.argument] as string);
    const converted = convert(piece, value, zone);
    if (converted === null) {
      return null;
    }
    result += converted;
  }

  return result;
}

function convert(spec: Specifier, value: string | undefined, zone: TimeZone): string | null {
  switch (spec.conversion) {
    case "%":
      return padToWidth(spec, "%");
    case "s":
    case "S":
      return general(spec, value ?? "null");
    case "b":
    case "B":
      return general(spec, value === undefined || value === "false" ? "false" : "true");
    case "h":
    case "H":
      return general(spec, value === undefined ? "null" : javaStringHash(value));
    case "c":
    case "C":
      return character(spec, value);
    case "t":
    case "T":
      return dateTime(spec, value, zone);
    case "e":
    case "E":
    case "f":
    case "g":
    case "G":
      return value === undefined ? null : formatFloating(spec, value);
    default:
      return value === undefined ? null : formatIntegral(spec, value);
  }
}

/** `%s`, `%b`, `%h`: the precision cuts the text to that many characters. */
function general(spec: Specifier, text: string): string {
  let shown = text;
  if (spec.precision !== undefined) {
    shown = Array.from(text).slice(0, spec.precision).join("");
  }
  if (spec.conversion === spec.conversion.toUpperCase()) {
    shown = shown.toUpperCase();
  }
  return padToWidth(spec, shown);
}

/** `%c`: a one-character value prints as itself, a whole number as the character with that code point. */
function character(spec: Specifier, value: string | undefined): string | null {
  if (value === undefined) {
    return null;
  }

  let char: string;
  if (Array.from(value).length === 1) {
    char = value;
  } else {
    const code = parseNumber(value);
    if (code === null || !Number.isInteger(code) || code < 0 || code > 0x10ffff) {
      return null;
    }
    char = String.fromCodePoint(code);
  }
  return padToWidth(spec, spec.conversion === "C" ? char.toUpperCase() : char);
}

/** `%tX` / `%TX`: the value is epoch milliseconds (docs page functions-format). */
function dateTime(spec: Specifier, value: string | undefined, zone: TimeZone): string | null {
  const number = value === undefined ? null : parseNumber(value);
  if (number === null) {
    return null;
  }

  const epochMs = Math.trunc(number);
  const text = convertTime(spec.timeConversion as string, epochMs, toLocalTime(epochMs, zone), zone, ENGLISH_NAMES);
  return padToWidth(spec, spec.conversion === "T" ? text.toUpperCase() : text);
}

/** Java's `String.hashCode()` in hexadecimal, which `%h` prints for a text argument. */
function javaStringHash(text: string): string {
  let hash = 0;
  for (let index = 0; index < text.length; index += 1) {
    hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  }
  return (hash >>> 0).toString(16);
}
