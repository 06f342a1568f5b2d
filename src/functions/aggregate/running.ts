/**
 * Running aggregates: aggregates whose current result can be read after every event, without
 * ending them. accumulate(), slidingWindow() and slidingTimeWindow() need a result per event;
 * an aggregate that has a running form gives it cheaply, any other aggregate is replayed over
 * the events it should see (see replayRows).
 */
import type { Event } from "../../engine/event.js";
import { cloneEvent } from "../../engine/event.js";
import { CollectingSink } from "../../engine/pipeline.js";
import type { CompiledPipeline, RunContext, StageFactory } from "../types.js";

/** An aggregate that takes events one at a time and can tell its result at any point. */
export interface RunningAggregate {
  add(event: Event): void;
  /** The output row for the events added so far; undefined when the aggregate emits no row. */
  result(): Event | undefined;
}

export type RunningFactory = (run: RunContext) => RunningAggregate;

const runningForms = new WeakMap<StageFactory, RunningFactory>();

/**
 * Builds the stage of an aggregate from its running form: it adds every event and emits the
 * result, if any, at the end. The stage is remembered with its running form for runningOf().
 */
export function runningStage(create: RunningFactory): StageFactory {
  const factory: StageFactory = (next, run) => {
    const aggregate = create(run);

    return {
      push(event) {
        aggregate.add(event);
      },
      end() {
        const row = aggregate.result();
        if (row !== undefined) {
          next.push(row);
        }
        next.end();
      },
    };
  };

  runningForms.set(factory, create);
  return factory;
}

/**
 * Looks up the running form of a compiled aggregate, when it has one. A pipeline of a single aggregate
 * call has that call's stage as its factory, so the lookup finds it; composite `{ ... }`
 * pipelines have none.
 */
export function runningOf(pipeline: CompiledPipeline): RunningFactory | undefined {
  return runningForms.get(pipeline.factory);
}

/**
 * Runs a fresh instance of a pipeline over `events` and returns its rows. Each event is copied
 * first when the pipeline may change or keep it, so the caller's events stay as they are.
 */
export function replayRows(pipeline: CompiledPipeline, events: Iterable<Event>, run: RunContext): Event[] {
  const sink = new CollectingSink();
  const instance = pipeline.factory(sink, run);
  const copies = pipeline.effects.modifies || pipeline.effects.retains;

  for (const event of events) {
    instance.push(copies ? cloneEvent(event) : event);
  }
  instance.end();

  return sink.events;
}
