/**
 * The push-based pipeline: building blocks for stages and for chaining them. A stage receives
 * events with `push`, sends its output to the next stage, and flushes what it holds on `end`.
 * Filters and transformations pass each event on at once, so a pipeline made of them runs in
 * constant memory; aggregates hold their state until `end`.
 */
import type { CompiledPipeline, FieldUse, FunctionKind, RunContext, Sink, StageEffects, StageFactory } from "../functions/types.js";
import type { Event } from "./event.js";

/** A compiled step of a pipeline. */
export interface CompiledStep {
  factory: StageFactory;
  effects: StageEffects;
  /** Present for steps that only keep or drop events; the same test as a function. */
  predicate?: (event: Event) => boolean;
  /** The fields the step writes, when known before running. */
  outputs?: string[];
  /** The input fields the step reads. */
  reads: FieldUse;
  /** True when the step's output holds only fields it computed. */
  projects: boolean;
}

/** Joins field uses: "all" wins, otherwise the union of the names. */
export function unionFieldUse(uses: Iterable<FieldUse>): FieldUse {
  const names = new Set<string>();

  for (const use of uses) {
    if (use === "all") {
      return "all";
    }
    for (const name of use) {
      names.add(name);
    }
  }

  return names;
}

/** Returns the fields a pipeline needs from its input: all of them unless it projects. */
export function pipelineInputFields(pipeline: CompiledPipeline): FieldUse {
  return pipeline.projects ? pipeline.reads : "all";
}

export const NO_FIELDS: FieldUse = new Set<string>();

/** Effects of an aggregate that reads its input without keeping it (count(), collect()...). */
export const READING_AGGREGATE_EFFECTS: StageEffects = { modifies: false, drops: true, retains: false };

export const NO_EFFECTS: StageEffects = { modifies: false, drops: false, retains: false };
export const FILTER_EFFECTS: StageEffects = { modifies: false, drops: true, retains: false };
export const TRANSFORM_EFFECTS: StageEffects = { modifies: true, drops: false, retains: false };
export const AGGREGATE_EFFECTS: StageEffects = { modifies: true, drops: true, retains: true };

/** Returns the effects of a function's stage when its compiled form gives none. */
export function defaultEffects(kind: FunctionKind): StageEffects {
  switch (kind) {
    case "filter":
      return FILTER_EFFECTS;
    case "transformation":
      return TRANSFORM_EFFECTS;
    case "aggregate":
      return AGGREGATE_EFFECTS;
  }
}

export function mergeEffects(effects: readonly StageEffects[]): StageEffects {
  return {
    modifies: effects.some((effect) => effect.modifies),
    drops: effects.some((effect) => effect.drops),
    retains: effects.some((effect) => effect.retains),
  };
}

/** Builds a stage that passes the events for which `predicate` is true. */
export function predicateStage(predicate: (event: Event) => boolean): StageFactory {
  return (next) => ({
    push(event) {
      if (predicate(event)) {
        next.push(event);
      }
    },
    end() {
      next.end();
    },
  });
}

/** Builds a stage that changes each event in place and passes it on. */
export function mapStage(apply: (event: Event) => void): StageFactory {
  return (next) => ({
    push(event) {
      apply(event);
      next.push(event);
    },
    end() {
      next.end();
    },
  });
}

/** Chains stage factories: the first receives the input, the last sends to `next`. */
export function chainFactories(factories: readonly StageFactory[]): StageFactory {
  if (factories.length === 1) {
    return factories[0] as StageFactory;
  }

  return (next, run) => {
    let sink = next;
    for (let index = factories.length - 1; index >= 0; index -= 1) {
      sink = (factories[index] as StageFactory)(sink, run);
    }
    return sink;
  };
}

/** A stage that passes every event unchanged (an empty pipeline, the `*` filter). */
export const passThrough: StageFactory = (next) => next;

/** A sink that stores what it receives. */
export class CollectingSink implements Sink {
  readonly events: Event[] = [];
  ended = false;

  push(event: Event): void {
    this.events.push(event);
  }

  end(): void {
    this.ended = true;
  }
}

/** Builds a sink that forwards events but not `end`, for sub-pipelines whose owner ends `next`. */
export function forwardWithoutEnd(next: Sink, onPush?: () => void): Sink {
  return {
    push(event) {
      onPush?.();
      next.push(event);
    },
    end() {},
  };
}

/** Collects a run's warnings, each distinct message once. */
export class WarningCollector implements RunContext {
  readonly warnings: string[] = [];
  private readonly seen = new Set<string>();

  warn(message: string): void {
    if (!this.seen.has(message)) {
      this.seen.add(message);
      this.warnings.push(message);
    }
  }
}

/** Builds a filter step from a predicate. */
export function filterStepOf(predicate: (event: Event) => boolean, reads: FieldUse): CompiledStep {
  return { factory: predicateStage(predicate), effects: FILTER_EFFECTS, predicate, reads, projects: false };
}

/** Builds a compiled pipeline from its steps. */
export function pipelineOf(steps: CompiledStep[]): CompiledPipeline {
  if (steps.length === 0) {
    return {
      factory: passThrough,
      pureFilter: true,
      predicate: () => true,
      effects: NO_EFFECTS,
      dropsAfterModify: false,
      reads: NO_FIELDS,
      projects: false,
    };
  }

  const pureFilter = steps.every((step) => step.predicate !== undefined);
  const predicates = steps.map((step) => step.predicate);
  let modified = false;
  let dropsAfterModify = false;

  for (const step of steps) {
    if (modified && (step.effects.drops || step.effects.retains)) {
      dropsAfterModify = true;
    }
    modified ||= step.effects.modifies;
  }

  const pipeline: CompiledPipeline = {
    factory: chainFactories(steps.map((step) => step.factory)),
    pureFilter,
    effects: mergeEffects(steps.map((step) => step.effects)),
    dropsAfterModify,
    reads: unionFieldUse(steps.map((step) => step.reads)),
    projects: steps.some((step) => step.projects),
  };

  const outputs = steps.length === 1 ? steps[0]?.outputs : undefined;
  if (outputs !== undefined) {
    pipeline.outputs = outputs;
  }

  if (pureFilter) {
    const tests = predicates as ((event: Event) => boolean)[];
    pipeline.predicate = tests.length === 1 ? tests[0] : (event) => tests.every((test) => test(event));
  }

  return pipeline;
}

