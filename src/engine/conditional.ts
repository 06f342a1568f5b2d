/**
 * `case`, `match` and `or` stages: each event goes to the first branch that takes it
 * (syntax-conditional docs page).
 */
import type { CompiledPipeline, FieldUse, Sink, StageEffects, StageFactory } from "../functions/types.js";
import { cloneEvent, type Event } from "./event.js";
import { forwardWithoutEnd } from "./pipeline.js";

/**
 * `case { a ; b ; ... }`: tries the branches in order; the first whose pipeline outputs the event
 * wins and later branches are not tried; an event no branch outputs is dropped. Each branch gets
 * the event as it reached the case. A branch that changes the event and may still drop it works
 * on a copy, so a failed branch leaves no trace.
 */
export function caseStage(branches: readonly CompiledPipeline[]): StageFactory {
  return (next, run) => {
    let emitted = false;
    const forward: Sink = forwardWithoutEnd(next, () => {
      emitted = true;
    });
    const instances = branches.map((branch) => (branch.predicate === undefined ? branch.factory(forward, run) : undefined));

    return {
      push(event) {
        for (let index = 0; index < branches.length; index += 1) {
          const branch = branches[index] as CompiledPipeline;

          if (branch.predicate !== undefined) {
            if (branch.predicate(event)) {
              next.push(event);
              return;
            }
            continue;
          }

          const input = branch.dropsAfterModify || branch.effects.retains ? cloneEvent(event) : event;
          emitted = false;
          (instances[index] as Sink).push(input);
          if (emitted) {
            return;
          }
        }
      },
      end() {
        for (const instance of instances) {
          instance?.end();
        }
        next.end();
      },
    };
  };
}

/** `a or b` behaves like `case { a ; b }` (syntax-grammar-guide). */
export const orStage = caseStage;

export interface MatchArmStage {
  guard: { test: (event: Event) => boolean; effects: StageEffects; reads: FieldUse };
  body: CompiledPipeline;
}

/**
 * `field match { guard => pipeline ; ... }`: the first arm whose guard accepts the event runs
 * its pipeline on it; later arms are not tried, even when that pipeline drops the event. An
 * event no guard accepts is dropped.
 */
export function matchStage(arms: readonly MatchArmStage[]): StageFactory {
  return (next, run) => {
    const forward = forwardWithoutEnd(next);
    const bodies = arms.map((arm) => arm.body.factory(forward, run));

    return {
      push(event) {
        for (let index = 0; index < arms.length; index += 1) {
          if ((arms[index] as MatchArmStage).guard.test(event)) {
            (bodies[index] as Sink).push(event);
            return;
          }
        }
      },
      end() {
        for (const body of bodies) {
          body.end();
        }
        next.end();
      },
    };
  };
}
