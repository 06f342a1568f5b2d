/**
 * The parameters that choose what a subquery searches. `start` and `end` narrow its time window.
 * `repo`, `view` and `live` choose a repository or live search, which an offline run does not
 * have, so the subquery reads the query's own input and the run gets a warning.
 */
import { ErrorCodes } from "../../errors/index.js";
import type { Event } from "../../engine/event.js";
import { parseNumber } from "../../engine/values.js";
import { DURATION_UNITS, parseDuration } from "../time/relativeTime.js";
import type { CompileContext } from "../types.js";

export interface ScopeArgs {
  start?: string;
  end?: string;
  repo?: string;
  view?: string;
  live?: boolean;
}

/** Selects the input events a subquery reads. */
export type SubqueryWindow = (events: readonly Event[]) => readonly Event[];

/** Warns once per call about scope parameters that cannot apply offline. */
export function warnIgnoredScope(args: ScopeArgs, ctx: CompileContext): void {
  const name = ctx.call.name;
  for (const parameter of ["repo", "view"] as const) {
    if (args[parameter] !== undefined) {
      ctx.warn(`${name}(${parameter}=${JSON.stringify(args[parameter])}): other repositories and views are not available offline, so the subquery reads the query's own input`);
    }
  }
  if (args.live === true) {
    ctx.warn(`${name}(live=true): live searches do not exist offline; the subquery runs once over the query's input`);
  }
}

/**
 * Builds the time window of `start` and `end`. A relative time (`2h`) counts back from the main
 * query's end, and a bare number from 1e11 up is an absolute time in epoch milliseconds (docs
 * page functions-join). A smaller bare number is a relative time in milliseconds, and `now` is
 * the main query's end. The main query's end is the run's `end` option, else its `now`, else the
 * latest `@timestamp` of the input. With a window, events without `@timestamp` are left out.
 */
export function subqueryWindow(args: ScopeArgs, ctx: CompileContext): SubqueryWindow {
  if (args.start === undefined && args.end === undefined) {
    return (events) => events;
  }

  const start = args.start === undefined ? undefined : readBoundary(args.start, "start", ctx);
  const end = args.end === undefined ? undefined : readBoundary(args.end, "end", ctx);
  const queryEnd = ctx.options.end ?? ctx.options.now;

  return (events) => {
    const reference = queryEnd ?? latestTimestamp(events);
    const from = start === undefined ? Number.NEGATIVE_INFINITY : start(reference);
    const to = end === undefined ? Number.POSITIVE_INFINITY : end(reference);

    return events.filter((event) => {
      const time = parseNumber(event.get("@timestamp") ?? "");
      return time !== null && time >= from && time <= to;
    });
  };
}

type Boundary = (queryEnd: number) => number;

function readBoundary(text: string, parameter: string, ctx: CompileContext): Boundary {
  if (text.trim() === "now") {
    return (queryEnd) => queryEnd;
  }
  if (/^\d+$/.test(text.trim()) && Number(text) >= 1e11) {
    const absolute = Number(text);
    return () => absolute;
  }

  const milliseconds = /^\s*\d+\s*$/.test(text) ? Number(text) : parseDuration(text);
  if (milliseconds === null) {
    return ctx.error(
      `invalid ${parameter} ${JSON.stringify(text)}: give now, a relative time such as 2h (units: ${DURATION_UNITS}) or an absolute time in epoch milliseconds`,
      ctx.argumentSpan(parameter),
      ErrorCodes.invalidArgument,
    );
  }
  return (queryEnd) => queryEnd - milliseconds;
}

function latestTimestamp(events: readonly Event[]): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    const time = parseNumber(event.get("@timestamp") ?? "");
    if (time !== null && time > latest) {
      latest = time;
    }
  }
  return latest;
}
