/**
 * Running the subquery of join(), defineTable() or selfJoin() over the query's input, the way
 * LogScale runs it as a search of its own over the same events.
 */
import { cloneEvent, type Event } from "../../engine/event.js";
import { CollectingSink } from "../../engine/pipeline.js";
import { queryInputOf, requestQueryInput } from "../../engine/queryInput.js";
import type { CompiledPipeline, RunContext } from "../types.js";

/**
 * Returns the events a subquery reads: the whole query input when the run recorded it, otherwise
 * the events that reached the calling stage (`reached`). Both are the same when the call is the
 * first step of the query.
 */
export function subqueryInput(run: RunContext, reached: readonly Event[]): readonly Event[] {
  return queryInputOf(run) ?? reached;
}

/** Asks the run to record its input for a subquery; call it when the stage is built. */
export function prepareSubqueryInput(run: RunContext): void {
  requestQueryInput(run);
}

/**
 * Runs a compiled pipeline over events and returns its output. The pipeline gets copies when it
 * may change or keep them, so the input stays as it was for the main query.
 */
export function runSubquery(pipeline: CompiledPipeline, events: readonly Event[], run: RunContext): Event[] {
  const output = new CollectingSink();
  const sink = pipeline.factory(output, run);
  const copies = pipeline.effects.modifies || pipeline.effects.retains;

  for (const event of events) {
    sink.push(copies ? cloneEvent(event) : event);
  }
  sink.end();

  return output.events;
}
