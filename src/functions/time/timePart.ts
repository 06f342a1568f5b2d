/**
 * The shape of the time:* functions that read one part of a timestamp (time:hour(),
 * time:monthName()...): field, as, timezone and timezoneField, as on the functions-time-hour
 * docs page and its siblings. The input is epoch milliseconds.
 */
import { parseNumber } from "../../engine/values.js";
import { fieldName, outputField, text } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { queryZone, zoneArgument, zonePicker } from "./timeArguments.js";
import { ENGLISH_NAMES } from "./timeFormat.js";
import { toLocalTime, type LocalTime } from "./zone.js";

export interface TimePartArgs {
  field: string;
  as: string;
  timezone?: string;
  timezoneField: string;
}

export interface TimePartOptions {
  /** The part after `time:`, e.g. `hour`. */
  part: string;
  docsPage: string;
  summary: string;
  /** The value of the part for a local time. */
  read: (local: LocalTime) => number | string;
}

/** Builds the definition of one time:* part function; the output defaults to `_<part>`. */
export function timePartFunction(options: TimePartOptions): FunctionDefinition<TimePartArgs> {
  return {
    name: `time:${options.part}`,
    kind: "transformation",
    docsPage: options.docsPage,
    summary: options.summary,
    defaultParam: "field",
    params: {
      field: { type: "field", schema: fieldName().default("@timestamp"), description: "The field holding epoch milliseconds." },
      as: { type: "field", schema: outputField(`_${options.part}`), description: "The output field." },
      timezone: { type: "string", schema: text().optional(), description: "The time zone or offset, e.g. -01:00; overrides timezoneField." },
      timezoneField: {
        type: "field",
        schema: fieldName().default("@timezone"),
        description: "A field naming the event's time zone, used when it contains a valid one and timezone is not given.",
      },
    },
    compile(args, ctx) {
      const given = args.timezone === undefined ? undefined : zoneArgument(args.timezone, "timezone", ctx);
      const pickZone = zonePicker(given, args.timezoneField, queryZone(ctx));
      const { field, timezoneField } = args;
      const read = options.read;

      return valueFunction(args.as, new Set([field, timezoneField]), (event) => {
        const raw = event.get(field);
        const epochMs = raw === undefined ? null : parseNumber(raw);
        if (epochMs === null || Math.abs(epochMs) > 8.64e15) {
          return null;
        }
        return read(toLocalTime(Math.floor(epochMs), pickZone(event)));
      });
    },
  };
}

/** English month and weekday names, which the time:*Name functions write (functions-time-monthname). */
export const NAMES = ENGLISH_NAMES;

/** The ISO-8601 week number: weeks start on Monday and week 1 contains the year's first Thursday. */
export function isoWeek(local: LocalTime): number {
  return Math.floor((isoThursdayOrdinal(local) - 1) / 7) + 1;
}

/** The day of the year of the Thursday in the same ISO week, counted in its own year. */
function isoThursdayOrdinal(local: LocalTime): number {
  const ordinal = local.dayOfYear - local.dayOfWeek + 4;
  if (ordinal < 1) {
    return ordinal + daysInYear(local.year - 1);
  }
  if (ordinal > daysInYear(local.year)) {
    return ordinal - daysInYear(local.year);
  }
  return ordinal;
}

function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}
