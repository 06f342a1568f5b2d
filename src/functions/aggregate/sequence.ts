/**
 * Helpers of the sequence functions accumulate(), slidingWindow() and slidingTimeWindow(): their
 * inner aggregates, which must each yield at most one row, are evaluated over a run of events
 * and merged into the current event. The engine feeds events in the order the previous stage emits
 * them. LogScale requires an ordering aggregate such as head() or sort() before a sequence
 * function (functions-sequence), but this engine does not check for one.
 */
import type { Event } from "../../engine/event.js";
import { cloneEvent } from "../../engine/event.js";
import { CqlRuntimeError, ErrorCodes } from "../../errors/index.js";
import { z } from "zod";
import type { CompiledPipeline, ParamSpec, RunContext } from "../types.js";
import { syntaxTrees } from "../schemas.js";
import { combineRows } from "./combine.js";
import { replayRows, runningOf, type RunningAggregate } from "./running.js";

/** The `function` parameter of a sequence function: one or more aggregates, required. */
export function sequenceFunctionParam(description: string): ParamSpec {
  return { type: "aggregates", schema: syntaxTrees().min(1, { error: "give at least one aggregate function" }), description };
}

/** The `current` parameter: whether the current event takes part in its own result. */
export const currentParam: ParamSpec = {
  type: "string",
  schema: z.enum(["include", "exclude"], { error: "expected include or exclude" }).default("include"),
  description: "include (the default) or exclude the current event from its own result.",
};

/** Computes the rows of `pipeline` over `events`, from its running form when it has one. */
export function rowsOver(pipeline: CompiledPipeline, events: Iterable<Event>, run: RunContext): Event[] {
  const running = runningOf(pipeline);
  if (running === undefined) {
    return replayRows(pipeline, events, run);
  }

  const aggregate = running(run);
  for (const event of events) {
    aggregate.add(event);
  }
  const row = aggregate.result();
  return row === undefined ? [] : [row];
}

/**
 * Adds the aggregates' combined row to the event; an aggregate without a row adds nothing.
 * @throws CqlRuntimeError when an aggregate yields several rows, which the sequence functions
 * do not accept (functions-accumulate).
 */
export function mergeSingleRow(event: Event, outputs: readonly Event[][], name: string): void {
  for (const rows of outputs) {
    if (rows.length > 1) {
      throw new CqlRuntimeError({
        code: ErrorCodes.invalidInput,
        message: `${name}() needs aggregates that yield at most one row, but one yielded ${rows.length}; use functions such as count(), sum() or avg()`,
      });
    }
  }

  const [row] = combineRows(outputs);
  for (const [field, value] of row ?? []) {
    event.set(field, value);
  }
}

/** One inner aggregate of accumulate(): it takes events one by one and returns its rows so far. */
export interface Cumulative {
  add(event: Event): void;
  rows(): Event[];
}

/**
 * Builds a cumulative aggregate from the running form when there is one. Otherwise it replays
 * every event so far, which costs time proportional to the square of the number of events.
 */
export function cumulativeOf(pipeline: CompiledPipeline, run: RunContext): Cumulative {
  const running = runningOf(pipeline);
  if (running !== undefined) {
    return runningCumulative(running(run));
  }

  const history: Event[] = [];
  return {
    add(event) {
      history.push(cloneEvent(event));
    },
    rows() {
      return replayRows(pipeline, history, run);
    },
  };
}

function runningCumulative(aggregate: RunningAggregate): Cumulative {
  return {
    add(event) {
      aggregate.add(event);
    },
    rows() {
      const row = aggregate.result();
      return row === undefined ? [] : [row];
    },
  };
}
