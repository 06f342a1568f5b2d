/**
 * How bucket() and timeChart() cut time into buckets (docs pages functions-bucket and
 * functions-timechart): each bucket covers `span` milliseconds, bucket starts are multiples of
 * the span counted from the epoch in the chosen time zone, and the buckets cover the whole search
 * window, so an unaligned window gets a partial bucket at its edge and usually one bucket more
 * than `buckets` asks for.
 */
import { ErrorCodes } from "../../errors/index.js";
import type { Event } from "../../engine/event.js";
import { parseNumber } from "../../engine/values.js";
import { DURATION_UNITS, parseDuration } from "../time/relativeTime.js";
import { queryZone, searchWindow, zoneArgument } from "../time/timeArguments.js";
import type { TimeZone } from "../time/zone.js";
import type { CompileContext, RunOptions } from "../types.js";

/** The maximum of `buckets=`. */
export const MAX_BUCKETS = 1500;

/** The number of buckets when neither `span` nor `buckets` is given (the spec's "about 127"). */
export const AUTO_BUCKETS = 127;

/**
 * The maximum number of buckets filled in when they have no event. A small span over a long
 * window could otherwise emit millions of empty rows, so past this only buckets with events are
 * emitted.
 */
export const MAX_FILLED_BUCKETS = 10_000;

export interface BucketingArgs {
  span?: string;
  buckets?: number;
  minSpan?: string;
  timezone?: string;
}

/** The compiled bucketing parameters of one call; the span may depend on the run's window. */
export interface Bucketing {
  /** The span given, in milliseconds; undefined for `auto` or when `buckets` decides. */
  span: number | undefined;
  buckets: number | undefined;
  minSpan: number | undefined;
  zone: TimeZone;
  /** The run's search window when the run sets one; otherwise the events' time range is used. */
  window: TimeWindow | undefined;
}

/** A search window: `start` inclusive, `end` exclusive, in epoch milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** Reads and checks the bucketing parameters of a call. */
export function compileBucketing(args: BucketingArgs, ctx: CompileContext): Bucketing {
  if (args.span !== undefined && args.span !== "auto" && args.buckets !== undefined) {
    ctx.error("give either span or buckets, not both: span sets the bucket length, buckets the number of buckets", ctx.argumentSpan("buckets"), ErrorCodes.invalidArgument);
  }

  return {
    span: args.span === undefined || args.span === "auto" ? undefined : readSpan(args.span, "span", ctx),
    buckets: args.buckets,
    minSpan: args.minSpan === undefined ? undefined : readSpan(args.minSpan, "minSpan", ctx),
    zone: args.timezone === undefined ? queryZone(ctx) : zoneArgument(args.timezone, "timezone", ctx),
    window: explicitWindow(ctx.options),
  };
}

/** Reads a span such as `1h`; a query error at the argument for anything but a positive duration. */
export function readSpan(text: string, parameter: string, ctx: CompileContext): number {
  const milliseconds = parseDuration(text);
  if (milliseconds === null || milliseconds <= 0) {
    const calendar = /^\s*\d+\s*(mon|month|months|q|quarter|quarters)\s*$/i.test(text);
    const hint = calendar ? "calendar units such as months have no fixed length, so use days or weeks" : `write a number and a unit, e.g. 15m or 1d; units are ${DURATION_UNITS}`;
    return ctx.error(`invalid ${parameter} ${JSON.stringify(text)}: ${hint}`, ctx.argumentSpan(parameter), ErrorCodes.invalidArgument);
  }
  return milliseconds;
}

/**
 * Returns the window the run sets with `start`, `end` or `now`, or undefined when it sets none
 * of them. As for start() and end(), the end defaults to now and the start to 24 hours before.
 */
function explicitWindow(options: RunOptions): TimeWindow | undefined {
  if (options.start === undefined && options.end === undefined && options.now === undefined) {
    return undefined;
  }
  return searchWindow(options);
}

/**
 * Returns the window of a run: the explicit one, else the time range of the events seen, from
 * the earliest `@timestamp` to just after the latest.
 */
export function runWindow(bucketing: Bucketing, earliest: number, latest: number): TimeWindow | undefined {
  if (bucketing.window !== undefined) {
    return bucketing.window;
  }
  return earliest <= latest ? { start: earliest, end: latest + 1 } : undefined;
}

/**
 * Returns the bucket length for a window. It is the span given, else the window split into
 * `buckets` (or AUTO_BUCKETS) parts rounded up to a whole millisecond, and never below `minSpan`.
 */
export function spanFor(bucketing: Bucketing, window: TimeWindow | undefined): number {
  const length = window === undefined ? 0 : window.end - window.start;
  let span = bucketing.span ?? Math.ceil(length / (bucketing.buckets ?? AUTO_BUCKETS));

  if (bucketing.minSpan !== undefined && span < bucketing.minSpan) {
    span = bucketing.minSpan;
  }
  return Math.max(1, span);
}

/** Returns the start of the bucket of `time`: a multiple of the span in the zone's wall-clock time. */
export function bucketStart(time: number, span: number, zone: TimeZone): number {
  const offset = zone.offsetAt(time);
  return Math.floor((time + offset) / span) * span - offset;
}

/** Returns every bucket start from the bucket of the window's start to that of its last millisecond. */
export function bucketStartsOf(window: TimeWindow, span: number, zone: TimeZone): number[] {
  const starts: number[] = [];
  const last = bucketStart(window.end - 1, span, zone);

  for (let start = bucketStart(window.start, span, zone); start <= last; start += span) {
    starts.push(start);
  }
  return starts;
}

/** Counts the buckets of a window without building them. */
export function bucketCount(window: TimeWindow, span: number, zone: TimeZone): number {
  return Math.floor((bucketStart(window.end - 1, span, zone) - bucketStart(window.start, span, zone)) / span) + 1;
}

/** Reads an event's `@timestamp` in epoch milliseconds; undefined when it has none or it is not a number. */
export function timestampOf(event: Event): number | undefined {
  const text = event.get("@timestamp");
  const value = text === undefined ? null : parseNumber(text);
  return value === null ? undefined : value;
}
