/**
 * setTimeInterval(): sets the query's search window from inside the query, in place of the one
 * the run gives (docs page functions-settimeinterval). It must come first in the query, so that
 * the functions after it (start(), end(), bucket(), timeChart()) see the new window.
 */
import { ErrorCodes } from "../../errors/index.js";
import { DURATION_UNITS, parseDuration } from "../time/relativeTime.js";
import { runNow, zoneArgument } from "../time/timeArguments.js";
import { text } from "../schemas.js";
import type { CompileContext, FunctionDefinition } from "../types.js";
import { timestampOf } from "./bucketing.js";

interface SetTimeIntervalArgs {
  start: string;
  end: string;
  timezone?: string;
}

export const setTimeInterval: FunctionDefinition<SetTimeIntervalArgs> = {
  name: "setTimeInterval",
  kind: "filter",
  docsPage: "functions-settimeinterval",
  summary: "Sets the search window from the query (e.g. the last 7d) and drops events outside it; must come first.",
  defaultParam: "start",
  params: {
    start: { type: "string", schema: text(), description: "The window's start: a relative time before now such as 7d, or epoch milliseconds." },
    end: { type: "string", schema: text().default("now"), description: "The window's end: now (the default), a relative time before now, or epoch milliseconds." },
    timezone: { type: "string", schema: text().optional(), description: "The time zone of the window; only checked, since relative times need none." },
  },
  compile(args, ctx) {
    if (args.timezone !== undefined) {
      zoneArgument(args.timezone, "timezone", ctx);
    }

    const options = ctx.options;
    const now = runNow(options);
    const start = readTime(args.start, "start", now, ctx);
    const end = readTime(args.end, "end", now, ctx);
    if (start >= end) {
      ctx.error(`the window's start (${start}) must be before its end (${end})`, ctx.argumentSpan("start"), ErrorCodes.invalidArgument);
    }

    // The functions compiled after this one read the window from the options of this compilation,
    // which belong to this query's plan alone.
    options.now ??= now;
    options.start = start;
    options.end = end;

    const predicate = (event: Map<string, string>) => {
      const time = timestampOf(event);
      return time === undefined || (time >= start && time < end);
    };
    return {
      stage: (next) => ({
        push(event) {
          if (predicate(event)) {
            next.push(event);
          }
        },
        end() {
          next.end();
        },
      }),
      predicate,
      reads: new Set(["@timestamp"]),
    };
  },
};

/** Reads `now`, a relative time counted back from now, or a time in epoch milliseconds. */
function readTime(value: string, parameter: string, now: number, ctx: CompileContext): number {
  if (value.trim() === "now") {
    return now;
  }
  if (/^\s*\d+\s*$/.test(value)) {
    return Number(value);
  }

  const milliseconds = parseDuration(value);
  if (milliseconds === null) {
    return ctx.error(
      `invalid ${parameter} ${JSON.stringify(value)}: give now, a relative time such as 7d (units: ${DURATION_UNITS}) or epoch milliseconds`,
      ctx.argumentSpan(parameter),
      ErrorCodes.invalidArgument,
    );
  }
  return now - milliseconds;
}
