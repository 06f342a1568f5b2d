/**
 * Running several aggregates over the same events and combining their output rows, as stats()
 * does wherever a list of aggregates is given (docs page functions-stats). The result is one row
 * when every aggregate yields at most one, and otherwise the Cartesian product of their rows. An
 * aggregate that yields no row counts as one empty row.
 */
import { CqlRuntimeError, ErrorCodes } from "../../errors/index.js";
import { cloneEvent, type Event } from "../../engine/event.js";
import { CollectingSink } from "../../engine/pipeline.js";
import type { CompiledPipeline, RunContext, Sink } from "../types.js";

/** One instance of a list of aggregates: for the whole input, or for one groupBy() group. */
export class AggregateSet {
  private readonly collectors: CollectingSink[];
  private readonly readOnly: Sink[] = [];
  private readonly writers: Sink[] = [];

  constructor(pipelines: readonly CompiledPipeline[], run: RunContext) {
    this.collectors = pipelines.map(() => new CollectingSink());

    pipelines.forEach((pipeline, index) => {
      const instance = pipeline.factory(this.collectors[index] as CollectingSink, run);
      const keepsOrChanges = pipeline.effects.modifies || pipeline.effects.retains;
      (keepsOrChanges ? this.writers : this.readOnly).push(instance);
    });
  }

  /**
   * Feeds one event to every aggregate. Aggregates that only read it share the event. One that
   * changes or keeps it gets its own copy, except the last, which may have the original.
   */
  push(event: Event): void {
    for (const sink of this.readOnly) {
      sink.push(event);
    }

    const last = this.writers.length - 1;
    for (let index = 0; index <= last; index += 1) {
      (this.writers[index] as Sink).push(index === last ? event : cloneEvent(event));
    }
  }

  /** Ends every aggregate and returns the combined rows. */
  end(): Event[] {
    for (const sink of this.readOnly) {
      sink.end();
    }
    for (const sink of this.writers) {
      sink.end();
    }

    return combineRows(this.collectors.map((collector) => collector.events));
  }
}

/**
 * Combines the rows of several aggregates into the Cartesian product of their rows.
 * @throws CqlRuntimeError when two aggregates give the same field different values.
 */
export function combineRows(outputs: readonly Event[][]): Event[] {
  let rows: Event[] = [new Map()];

  for (const output of outputs) {
    if (output.length === 0) {
      continue;
    }

    const product: Event[] = [];
    for (const row of rows) {
      for (const addition of output) {
        product.push(mergeRow(row, addition));
      }
    }
    rows = product;
  }

  return rows;
}

function mergeRow(row: Event, addition: Event): Event {
  const merged = new Map(row);

  for (const [name, value] of addition) {
    const existing = merged.get(name);
    if (existing !== undefined && existing !== value) {
      throw new CqlRuntimeError({
        code: ErrorCodes.invalidInput,
        message:
          `two aggregates write the field "${name}" with different values (${JSON.stringify(existing)} and ` +
          `${JSON.stringify(value)}); give one of them another name with as=`,
      });
    }
    merged.set(name, value);
  }

  return merged;
}

/**
 * Checks at compile time that no two aggregates of a list write the same field, as far as their
 * outputs are known. Returns the clashing field name, or undefined.
 */
export function findClashingOutput(outputs: readonly (readonly string[] | undefined)[]): string | undefined {
  const seen = new Set<string>();

  for (const fields of outputs) {
    for (const field of fields ?? []) {
      if (seen.has(field)) {
        return field;
      }
    }
    for (const field of fields ?? []) {
      seen.add(field);
    }
  }

  return undefined;
}
