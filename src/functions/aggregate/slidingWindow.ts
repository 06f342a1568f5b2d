/** slidingWindow(): every event gets the result of aggregates over the last N events. */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { cloneEvent } from "../../engine/event.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";
import { aggregateListReads } from "./aggregateList.js";
import { currentParam, mergeSingleRow, rowsOver, sequenceFunctionParam } from "./sequence.js";

interface SlidingWindowArgs {
  function: Expr[];
  events: number;
  current: "include" | "exclude";
}

export const slidingWindow: FunctionDefinition<SlidingWindowArgs> = {
  name: "slidingWindow",
  kind: "aggregate",
  docsPage: "functions-slidingwindow",
  summary: "Adds to every event the result of aggregates over a window of the last N events.",
  defaultParam: "function",
  params: {
    function: sequenceFunctionParam("The aggregates to run over each window; each must yield at most one row."),
    events: {
      type: "number",
      schema: z.number({ error: "expected a whole number from 1 to 1,000" }).int().min(1).max(1000),
      description: "The number of events in each window, from 1 to 1,000.",
    },
    current: currentParam,
  },
  compile(args, ctx) {
    const pipelines = ctx.compileAggregates(args.function);
    const include = args.current === "include";
    const size = args.events;

    return {
      // The window is the current event and the size - 1 before it, or with current=exclude
      // the size events before it; the first events see shorter windows.
      stage: (next, run) => {
        const window: Event[] = [];

        const slide = (event: Event) => {
          window.push(cloneEvent(event));
          if (window.length > size) {
            window.shift();
          }
        };

        return {
          push(event) {
            if (include) {
              slide(event);
            }

            const outputs = pipelines.map((pipeline) => rowsOver(pipeline, window, run));

            if (!include) {
              slide(event);
            }

            mergeSingleRow(event, outputs, "slidingWindow");
            next.push(event);
          },
          end() {
            next.end();
          },
        };
      },
      effects: { modifies: true, drops: false, retains: false },
      reads: aggregateListReads(pipelines),
    };
  },
};
