/**
 * The query's own input, kept for the subqueries of join(), defineTable() and selfJoin(), which
 * LogScale runs over the same events as the main query: the subquery of
 * `#type=a | join({#type=b}, field=id)` must see the `#type=b` events that the main query's
 * first filter drops. Only runs whose stages ask for it record the input, so other queries still
 * run in constant memory.
 */
import type { RunContext } from "../functions/types.js";
import { cloneEvent, type Event } from "./event.js";

interface InputRecording {
  events: Event[];
  /** True once the run started pushing events; a later request cannot see them all. */
  started: boolean;
}

const recordings = new WeakMap<RunContext, InputRecording>();

/**
 * Asks the run to keep a copy of every input event. A stage calls it when it is built, which
 * for top-level stages is before the first event.
 */
export function requestQueryInput(run: RunContext): void {
  if (!recordings.has(run)) {
    recordings.set(run, { events: [], started: false });
  }
}

/**
 * Returns the function that records each input event for a run, or undefined when no stage of
 * the run asked for the input. The run calls it once, after building its stages, and then
 * passes every input event to it before pushing the event into the pipeline.
 */
export function queryInputRecorder(run: RunContext): ((event: Event) => void) | undefined {
  const recording = recordings.get(run);
  if (recording === undefined) {
    return undefined;
  }

  recording.started = true;
  return (event) => {
    recording.events.push(cloneEvent(event));
  };
}

/**
 * Returns the run's input events as they entered the query, complete once the input has ended,
 * or undefined when the run did not record them from the start. Callers must not change them.
 */
export function queryInputOf(run: RunContext): readonly Event[] | undefined {
  const recording = recordings.get(run);
  return recording?.started === true ? recording.events : undefined;
}
