/** slidingTimeWindow(): every event gets the result of aggregates over the events of a time span. */
import type { Event } from "../../engine/event.js";
import { cloneEvent } from "../../engine/event.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import { parseNumber } from "../../engine/values.js";
import { CqlRuntimeError, ErrorCodes } from "../../errors/index.js";
import type { Expr } from "../../syntax/ast.js";
import { DURATION_UNITS, parseDuration } from "../time/relativeTime.js";
import { fieldName, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { aggregateListReads } from "./aggregateList.js";
import { currentParam, mergeSingleRow, rowsOver, sequenceFunctionParam } from "./sequence.js";

interface SlidingTimeWindowArgs {
  function: Expr[];
  span: string;
  current: "include" | "exclude";
  timestampfield: string;
}

/** The maximum number of events in one window (functions-slidingtimewindow). */
export const MAX_WINDOW_EVENTS = 10_000;

export const slidingTimeWindow: FunctionDefinition<SlidingTimeWindowArgs> = {
  name: "slidingTimeWindow",
  kind: "aggregate",
  docsPage: "functions-slidingtimewindow",
  summary: "Adds to every event the result of aggregates over the events within a time span before it.",
  defaultParam: "function",
  params: {
    function: sequenceFunctionParam("The aggregates to run over each window; each must yield at most one row."),
    span: { type: "string", schema: text(), description: "The length of the window as a relative time, e.g. 30s or 1h." },
    current: currentParam,
    timestampfield: { type: "field", schema: fieldName().default("@timestamp"), description: "The field holding each event's time in epoch milliseconds." },
  },
  compile(args, ctx) {
    const span = parseDuration(args.span);
    if (span === null || span <= 0) {
      return ctx.error(`invalid span ${JSON.stringify(args.span)}: expected a positive duration such as 30s, with a unit from ${DURATION_UNITS}`, ctx.argumentSpan("span"), ErrorCodes.invalidArgument);
    }

    const pipelines = ctx.compileAggregates(args.function);
    const include = args.current === "include";
    const timeField = args.timestampfield;

    return {
      stage: (next, run) => {
        const window: { time: number; event: Event }[] = [];
        let lastTime = Number.NEGATIVE_INFINITY;

        const enter = (entry: { time: number; event: Event }) => {
          window.push(entry);
          if (window.length > MAX_WINDOW_EVENTS) {
            window.shift();
            run.warn(`slidingTimeWindow() keeps at most ${MAX_WINDOW_EVENTS} events per window; older events in a window were left out`);
          }
        };

        return {
          push(event) {
            const time = requireTime(event, timeField, lastTime);
            lastTime = time;

            // The window contains the events less than `span` before the current one.
            while (window.length > 0 && time - (window[0] as { time: number }).time >= span) {
              window.shift();
            }

            const entry = { time, event: cloneEvent(event) };
            if (include) {
              enter(entry);
            }

            const outputs = pipelines.map((pipeline) => rowsOver(pipeline, window.map((item) => item.event), run));

            if (!include) {
              enter(entry);
            }

            mergeSingleRow(event, outputs, "slidingTimeWindow");
            next.push(event);
          },
          end() {
            next.end();
          },
        };
      },
      effects: { modifies: true, drops: false, retains: false },
      reads: unionFieldUse([aggregateListReads(pipelines), new Set([timeField])]),
    };
  },
};

/**
 * Reads the event's time. LogScale reports an error for a missing or out-of-order timestamp
 * (functions-slidingtimewindow), and so does this engine.
 * @throws CqlRuntimeError when the field is missing, not a number, or earlier than the last.
 */
function requireTime(event: Event, field: string, lastTime: number): number {
  const text = event.get(field);
  const time = text === undefined ? null : parseNumber(text);

  if (time === null) {
    throw new CqlRuntimeError({
      code: ErrorCodes.invalidInput,
      message: `slidingTimeWindow() needs a numeric ${field} on every event, but an event has ${text === undefined ? "none" : JSON.stringify(text)}; sort or filter the events first, or set timestampfield=`,
    });
  }

  if (time < lastTime) {
    throw new CqlRuntimeError({
      code: ErrorCodes.invalidInput,
      message: `slidingTimeWindow() needs events in time order, but ${field} ${time} follows ${lastTime}; put sort(${field}, order=asc) or head() before it`,
    });
  }

  return time;
}
