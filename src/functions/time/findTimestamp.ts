/** findTimestamp(): the first timestamp in a text, in any of several common formats. */
import { fieldName, flag, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { compileDateTimePattern, type PatternElement } from "./dateTimePattern.js";
import { matchElements, resolveFields, type ParsedFields } from "./dateTimeParser.js";
import { timestampFunction } from "./parseTimestamp.js";
import { runNow, zoneArgument } from "./timeArguments.js";
import { parseTimeZone, toLocalTime, UTC, type TimeZone } from "./zone.js";

interface FindTimestampArgs {
  field: string;
  as: string;
  timezone?: string;
  timezoneAs: string;
  timezoneField: string;
  addErrors: boolean;
}

/** Only timestamps that start within this many characters are found (functions-findtimestamp). */
export const SEARCH_LIMIT = 128;

/**
 * The formats tried at each position, most specific first.
 * NOTE: the docs do not list LogScale's formats; these are the ISO-8601, syslog, Apache access
 * log, RFC 1123 and ctime layouts that log lines commonly use.
 */
const FORMATS: readonly PatternElement[][] = [
  "yyyy-MM-dd'T'HH:mm:ss[.SSSSSSSSS][,SSSSSSSSS][XXXXX][' 'z]",
  "yyyy-MM-dd' 'HH:mm:ss[.SSSSSSSSS][,SSSSSSSSS][XXXXX][' 'XXXXX][' 'z]",
  "yyyy-MM-dd'T'HH:mm[XXXXX]",
  "yyyy/MM/dd HH:mm:ss[.SSSSSSSSS][XXXXX][' 'XXXXX][' 'z]",
  "dd/MMM/yyyy:HH:mm:ss[' 'XXXXX]",
  "EEE, d MMM yyyy HH:mm:ss[' 'XXXXX][' 'z]",
  "EEE MMM d HH:mm:ss[.SSSSSSSSS][' 'z] yyyy",
  "MMM d yyyy HH:mm:ss[.SSSSSSSSS][' 'XXXXX][' 'z]",
  "MMM d HH:mm:ss[.SSSSSSSSS][' 'XXXXX][' 'z]",
  "MMM  d HH:mm:ss[.SSSSSSSSS][' 'XXXXX][' 'z]",
  "MM/dd/yyyy HH:mm:ss[.SSSSSSSSS][' 'XXXXX][' 'z]",
  "dd.MM.yyyy HH:mm:ss[.SSSSSSSSS][' 'XXXXX][' 'z]",
].map(compileDateTimePattern);

export const findTimestamp: FunctionDefinition<FindTimestampArgs> = {
  name: "findTimestamp",
  kind: "transformation",
  docsPage: "functions-findtimestamp",
  summary: "Finds the first timestamp in common formats within the first 128 characters of a field and parses it into @timestamp.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field to search." },
    as: { type: "field", schema: fieldName().default("@timestamp"), description: "The output field for epoch milliseconds." },
    timezone: { type: "string", schema: text().optional(), description: "The zone for timestamps written without one." },
    timezoneAs: { type: "field", schema: fieldName().default("@timezone"), description: "The output field for the time zone found." },
    timezoneField: { type: "field", schema: fieldName().default("@timezone"), description: "A field naming the zone for timestamps written without one." },
    addErrors: { type: "boolean", schema: flag(true), description: "Set @error and @error_msg on events without a timestamp." },
  },
  compile(args, ctx) {
    const given = args.timezone === undefined ? undefined : zoneArgument(args.timezone, "timezone", ctx);
    const defaultYear = toLocalTime(runNow(ctx.options), given ?? UTC).year;
    const timezoneField = args.timezoneField;

    return timestampFunction(args, (value, event) => {
      const named = event.get(timezoneField);
      const fallback = given ?? (named === undefined ? undefined : (parseTimeZone(named) ?? undefined));
      return findIn(value, defaultYear, fallback);
    });
  },
};

/** Tries every format at every word start in the first SEARCH_LIMIT characters; the earliest wins. */
function findIn(value: string, defaultYear: number, fallback: TimeZone | undefined): { epochMs: number; zone: string } | null {
  const limit = Math.min(value.length, SEARCH_LIMIT);

  for (let position = 0; position < limit; position += 1) {
    if (position > 0 && /[A-Za-z0-9]/.test(value[position - 1] as string)) {
      continue;
    }

    for (const format of FORMATS) {
      const fields: ParsedFields = { numbers: {} };
      if (matchElements(format, value, position, fields, { caseSensitive: true }) === -1) {
        continue;
      }

      const resolved = resolveFields(fields, defaultYear, fallback);
      if (resolved !== null) {
        return { epochMs: resolved.epochMs, zone: (resolved.zone ?? fallback ?? UTC).id };
      }
    }
  }

  return null;
}
