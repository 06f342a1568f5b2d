/** Argument handling the time functions share: time zones, epoch units, the search window. */
import { ErrorCodes } from "../../errors/index.js";
import type { Event } from "../../engine/event.js";
import { parseNumber } from "../../engine/values.js";
import type { CompileContext, RunOptions } from "../types.js";
import { parseTimeZone, UTC, type TimeZone } from "./zone.js";

const ZONE_HINT = "use an IANA name such as Europe/London, UTC, or an offset such as +02:00 or UTC-5";

/** The zone a `timezone` argument names; a query error at the argument when it names none. */
export function zoneArgument(text: string, parameter: string, ctx: CompileContext): TimeZone {
  const zone = parseTimeZone(text);
  if (zone === null) {
    return ctx.error(`invalid time zone ${JSON.stringify(text)}: ${ZONE_HINT}`, ctx.argumentSpan(parameter), ErrorCodes.invalidArgument);
  }
  return zone;
}

/** The run's time zone (the `timezone` run option), UTC when the option is not set. */
export function queryZone(ctx: CompileContext): TimeZone {
  const text = ctx.options.timezone;
  if (text === undefined) {
    return UTC;
  }

  const zone = parseTimeZone(text);
  if (zone === null) {
    return ctx.error(`invalid time zone ${JSON.stringify(text)} in the run options: ${ZONE_HINT}`, ctx.call.span, ErrorCodes.invalidArgument);
  }
  return zone;
}

/**
 * Picks the zone for one event: the `timezone` argument when given, else the zone named in
 * `timezoneField` when the event has a valid one, else the run's zone (functions-time-hour).
 */
export function zonePicker(given: TimeZone | undefined, timezoneField: string | undefined, fallback: TimeZone): (event: Event) => TimeZone {
  if (given !== undefined) {
    return () => given;
  }

  if (timezoneField === undefined) {
    return () => fallback;
  }

  return (event) => {
    const text = event.get(timezoneField);
    return (text === undefined ? null : parseTimeZone(text)) ?? fallback;
  };
}

/** How formatTime() reads its input number (functions-formattime, parameter unit). */
export type EpochUnit = "auto" | "seconds" | "milliseconds";

/** Values up to this are seconds under unit=auto (functions-formattime). */
const AUTO_SECONDS_LIMIT = 100_000_000_000;

/** Reads a field value as epoch milliseconds; null when it is not a number. */
export function epochMillis(text: string, unit: EpochUnit): number | null {
  const value = parseNumber(text);
  if (value === null) {
    return null;
  }

  const seconds = unit === "seconds" || (unit === "auto" && Math.abs(value) <= AUTO_SECONDS_LIMIT);
  return Math.floor(seconds ? value * 1000 : value);
}

/** The length of the search window when the run sets no start: LogScale's default of 24 hours. */
export const DEFAULT_WINDOW_MS = 86_400_000;

/** The run's "now": the `now` option, or the clock when the run starts. */
export function runNow(options: RunOptions): number {
  return options.now ?? Date.now();
}

/**
 * The search window of a run: `end` defaults to now and `start` to 24 hours before `end`.
 * NOTE: LogScale takes the window from the search request; a caller that sets neither gets
 * the last 24 hours, the default of LogScale's search page.
 */
export function searchWindow(options: RunOptions): { start: number; end: number } {
  const end = options.end ?? runNow(options);
  const start = options.start ?? end - DEFAULT_WINDOW_MS;
  return { start, end };
}
