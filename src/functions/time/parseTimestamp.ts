/** parseTimestamp(): text in a Java DateTimeFormatter pattern, or epoch digits, as epoch milliseconds. */
import { ErrorCodes } from "../../errors/index.js";
import type { Event } from "../../engine/event.js";
import { parseNumber } from "../../engine/values.js";
import { fieldName, flag, text } from "../schemas.js";
import type { CompiledFunction, FunctionDefinition } from "../types.js";
import { compileDateTimePattern, DateTimePatternError, type PatternElement } from "./dateTimePattern.js";
import { matchElements, resolveFields, type ParsedFields } from "./dateTimeParser.js";
import { runNow, zoneArgument } from "./timeArguments.js";
import { parseTimeZone, toLocalTime, UTC, type TimeZone } from "./zone.js";

interface ParseTimestampArgs {
  format: string;
  field: string;
  as: string;
  timezone?: string;
  timezoneAs: string;
  timezoneField?: string;
  addErrors: boolean;
  caseSensitive: boolean;
}

/** The default pattern (functions-parsetimestamp): ISO-8601 with an optional fraction and an offset. */
export const DEFAULT_TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss[.SSSSSSSSS]XXXXX";

/** The special formats: epoch numbers in a unit, named case-insensitively (functions-parsetimestamp). */
const EPOCH_FORMATS: ReadonlyMap<string, number> = new Map([
  ["millis", 1],
  ["milliseconds", 1],
  ["unixtimemillis", 1],
  ["seconds", 1000],
  ["unixtime", 1000],
  ["unixtimeseconds", 1000],
  ["nanos", 1e-6],
]);

/** A compiled way of reading a timestamp: the zone it was written in is part of the result. */
type TimestampReader = (text: string, event: Event) => { epochMs: number; zone: string } | null;

export const parseTimestamp: FunctionDefinition<ParseTimestampArgs> = {
  name: "parseTimestamp",
  kind: "transformation",
  docsPage: "functions-parsetimestamp",
  summary: "Parses a field as a timestamp in a Java DateTimeFormatter pattern (or epoch seconds, millis, nanos) into @timestamp.",
  defaultParam: "format",
  params: {
    format: { type: "string", schema: text().default(DEFAULT_TIMESTAMP_FORMAT), description: "A Java DateTimeFormatter pattern, or millis, seconds, unixtime, nanos..." },
    field: { type: "field", schema: fieldName(), description: "The field holding the timestamp (required)." },
    as: { type: "field", schema: fieldName().default("@timestamp"), description: "The output field for epoch milliseconds." },
    timezone: { type: "string", schema: text().optional(), description: "The zone for timestamps written without one, e.g. Europe/London or +02:00." },
    timezoneAs: { type: "field", schema: fieldName().default("@timezone"), description: "The output field for the time zone found." },
    timezoneField: { type: "field", schema: fieldName().optional(), description: "A field naming the zone for timestamps written without one." },
    addErrors: { type: "boolean", schema: flag(true), description: "Set @error and @error_msg on events whose timestamp cannot be parsed." },
    caseSensitive: { type: "boolean", schema: flag(true), description: "Match month names and literal text case-sensitively." },
  },
  compile(args, ctx) {
    const given = args.timezone === undefined ? undefined : zoneArgument(args.timezone, "timezone", ctx);
    const defaultYear = toLocalTime(runNow(ctx.options), given ?? UTC).year;
    const unit = EPOCH_FORMATS.get(args.format.toLowerCase());

    let reader: TimestampReader;
    if (unit !== undefined) {
      reader = epochReader(unit);
    } else {
      let elements: PatternElement[];
      try {
        elements = compileDateTimePattern(args.format);
      } catch (error) {
        if (error instanceof DateTimePatternError) {
          ctx.error(`invalid timestamp format: ${error.message}`, ctx.argumentSpan("format"), ErrorCodes.invalidArgument);
        }
        throw error;
      }
      reader = patternReader(elements, { caseSensitive: args.caseSensitive, defaultYear, given, timezoneField: args.timezoneField });
    }

    return timestampFunction(args, reader);
  },
};

function epochReader(millisPerUnit: number): TimestampReader {
  return (text) => {
    const value = parseNumber(text.trim());
    return value === null ? null : { epochMs: Math.floor(value * millisPerUnit), zone: "Z" };
  };
}

interface PatternReaderOptions {
  caseSensitive: boolean;
  defaultYear: number;
  given: TimeZone | undefined;
  timezoneField: string | undefined;
}

/**
 * Reads the whole text with a pattern. A timestamp without its own zone takes the `timezone`
 * argument, else the zone in `timezoneField`; with neither it is not parsed.
 */
function patternReader(elements: PatternElement[], options: PatternReaderOptions): TimestampReader {
  const { given, timezoneField } = options;

  return (text, event) => {
    const fields: ParsedFields = { numbers: {} };
    if (matchElements(elements, text, 0, fields, options) !== text.length) {
      return null;
    }

    const named = timezoneField === undefined ? undefined : event.get(timezoneField);
    const fallback = given ?? (named === undefined ? undefined : (parseTimeZone(named) ?? undefined));
    const resolved = resolveFields(fields, options.defaultYear, fallback);
    if (resolved === null) {
      return null;
    }
    return { epochMs: resolved.epochMs, zone: (resolved.zone ?? fallback ?? UTC).id };
  };
}

/**
 * The step shared by parseTimestamp() and findTimestamp(): writes the epoch to `as` and the zone
 * to `timezoneAs`; on failure, with addErrors, sets `@error` and `@error_msg` and keeps the event.
 */
export function timestampFunction(
  args: { field: string; as: string; timezoneAs: string; addErrors: boolean; timezoneField?: string },
  reader: TimestampReader,
): CompiledFunction {
  const { field, as, timezoneAs, addErrors } = args;
  const reads = new Set([field, ...(args.timezoneField === undefined ? [] : [args.timezoneField])]);

  return {
    stage: (next) => ({
      push(event) {
        const text = event.get(field);
        if (text !== undefined) {
          const result = reader(text, event);
          if (result !== null) {
            event.set(as, String(result.epochMs));
            event.set(timezoneAs, result.zone);
          } else if (addErrors) {
            event.set("@error", "true");
            event.set("@error_msg", `could not parse a timestamp in field ${field}`);
          }
        }
        next.push(event);
      },
      end() {
        next.end();
      },
    }),
    value: (event) => {
      const text = event.get(field);
      return text === undefined ? null : (reader(text, event)?.epochMs ?? null);
    },
    outputs: [as, timezoneAs],
    reads,
  };
}
