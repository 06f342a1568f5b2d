/** series(): joins the values of fields across the events of a transaction, in time order. */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import { parseNumber } from "../../engine/values.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Expr } from "../../syntax/ast.js";
import { DURATION_UNITS, parseDuration } from "../time/relativeTime.js";
import { fieldNames, text } from "../schemas.js";
import type { CompileContext, FunctionDefinition, RunContext } from "../types.js";
import { compileCondition, conditionParam, type CompiledCondition } from "./condition.js";

interface SeriesArgs {
  collect: string[];
  separator: string;
  startmatch?: Expr;
  endmatch?: Expr;
  maxpause?: string;
  maxduration?: string;
  memlimit?: string;
}

export const series: FunctionDefinition<SeriesArgs> = {
  name: "series",
  kind: "aggregate",
  docsPage: "functions-series",
  summary: "Joins the values of fields across the events of a series, in time order, with its start time and duration.",
  defaultParam: "collect",
  params: {
    collect: { type: "fields", schema: fieldNames(), description: "The fields whose values are joined; each output field has the same name." },
    separator: { type: "string", schema: text().default("\n"), description: "The text between values; a newline by default." },
    startmatch: conditionParam("A filter that marks the first event of a series, e.g. { /session start:/ }.", true),
    endmatch: conditionParam("A filter that marks the last event of a series, e.g. { /session end:/ }.", true),
    maxpause: { type: "string", schema: text().optional(), description: "The maximum pause between events of one series, as a relative time such as 10s." },
    maxduration: { type: "string", schema: text().optional(), description: "The maximum time one series may span, as a relative time such as 5m." },
    memlimit: {
      type: "string",
      schema: z.string().regex(/^\s*\d+\s*(B|KB|KiB)?\s*$/i, { error: "expected a size in bytes such as 512, 512B, 1KB or 1KiB" }).optional(),
      description: "LogScale's memory bound per series, 1KiB by default; accepted but not applied here.",
    },
  },
  compile(args, ctx) {
    const rules: SeriesRules = {
      start: args.startmatch === undefined ? undefined : compileCondition(args.startmatch, "startmatch", ctx),
      end: args.endmatch === undefined ? undefined : compileCondition(args.endmatch, "endmatch", ctx),
      maxPause: durationArgument(args.maxpause, "maxpause", ctx),
      maxDuration: durationArgument(args.maxduration, "maxduration", ctx),
    };

    return {
      stage: (next, run) => {
        const timed: TimedEvent[] = [];

        return {
          push(event) {
            const timeText = event.get("@timestamp");
            timed.push({ time: timeText === undefined ? null : parseNumber(timeText), event });
          },
          end() {
            for (const events of splitSeries(timed, rules, run)) {
              next.push(seriesRow(events, args.collect, args.separator));
            }
            next.end();
          },
        };
      },
      outputs: ["@timestamp", "_duration", ...args.collect],
      reads: unionFieldUse([new Set(["@timestamp", ...args.collect]), rules.start?.reads ?? new Set(), rules.end?.reads ?? new Set()]),
      projects: true,
    };
  },
};

interface TimedEvent {
  time: number | null;
  event: Event;
}

interface SeriesRules {
  start: CompiledCondition | undefined;
  end: CompiledCondition | undefined;
  maxPause: number | undefined;
  maxDuration: number | undefined;
}

function durationArgument(value: string | undefined, parameter: string, ctx: CompileContext): number | undefined {
  if (value === undefined) {
    return undefined;
  }

  const millis = parseDuration(value);
  if (millis === null || millis < 0) {
    return ctx.error(`invalid ${parameter} ${JSON.stringify(value)}: expected a duration with a unit from ${DURATION_UNITS}`, ctx.argumentSpan(parameter), ErrorCodes.invalidArgument);
  }
  return millis;
}

/**
 * Cuts the events, in time order, into series. An event matching startmatch begins a new
 * series, and with startmatch set, events before the first start or between an end and the next
 * start belong to no series. An event matching endmatch ends its series, but a series without
 * an end is still emitted. A pause longer than maxpause, or a span longer than maxduration,
 * starts a new series. Events without a numeric `@timestamp` come first, in input order, and take
 * no part in the time rules.
 */
function splitSeries(timed: TimedEvent[], rules: SeriesRules, run: RunContext): Event[][] {
  timed.sort((a, b) => (a.time ?? Number.NEGATIVE_INFINITY) - (b.time ?? Number.NEGATIVE_INFINITY));

  const all: Event[][] = [];
  let current: TimedEvent[] = [];

  const close = () => {
    if (current.length > 0) {
      all.push(current.map((item) => item.event));
    }
    current = [];
  };

  for (const item of timed) {
    if (rules.start?.test(item.event, run) === true) {
      close();
    } else if (rules.start !== undefined && current.length === 0) {
      continue;
    } else if (breaksTime(current, item, rules)) {
      close();
    }

    current.push(item);

    if (rules.end?.test(item.event, run) === true) {
      close();
    }
  }

  close();
  return all;
}

/** Tells whether the time rules put `item` into a new series. */
function breaksTime(current: readonly TimedEvent[], item: TimedEvent, rules: SeriesRules): boolean {
  const first = current[0]?.time;
  const last = current[current.length - 1]?.time;
  if (item.time === null || first === undefined || first === null || last === undefined || last === null) {
    return false;
  }

  const pauseTooLong = rules.maxPause !== undefined && item.time - last > rules.maxPause;
  const spanTooLong = rules.maxDuration !== undefined && item.time - first > rules.maxDuration;
  return pauseTooLong || spanTooLong;
}

/**
 * Builds one output row: `@timestamp` of the first event (when it has one), `_duration` from the
 * first to the last timed event, and each collected field's values in time order, duplicates kept.
 * A field none of the events had is left out.
 * NOTE: LogScale bounds each series' memory with memlimit (1KiB by default) and cuts the
 * collected values there; this engine keeps every value.
 */
function seriesRow(events: readonly Event[], fields: readonly string[], separator: string): Event {
  const row: Event = new Map();

  const times = events.map((event) => parseNumber(event.get("@timestamp") ?? "")).filter((time): time is number => time !== null);
  const firstTime = events[0]?.get("@timestamp");
  if (firstTime !== undefined) {
    row.set("@timestamp", firstTime);
  }
  // The events are in time order, so the first and last times are the extremes.
  const duration = times.length === 0 ? 0 : (times[times.length - 1] as number) - (times[0] as number);
  row.set("_duration", String(duration));

  for (const field of fields) {
    const values = events.map((event) => event.get(field)).filter((value): value is string => value !== undefined);
    if (values.length > 0) {
      row.set(field, values.join(separator));
    }
  }
  return row;
}
