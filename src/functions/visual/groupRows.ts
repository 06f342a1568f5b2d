/**
 * The grouping sankey() and worldMap() share: one aggregate per distinct key, rows emitted in
 * the order keys were first seen, each row reduced to the aggregate's first value.
 */
import type { Event } from "../../engine/event.js";
import { AggregateSet } from "../aggregate/combine.js";
import type { CompiledPipeline, RunContext } from "../types.js";

export class KeyedAggregate {
  private readonly groups = new Map<string, { keys: string[]; aggregate: AggregateSet }>();

  constructor(
    private readonly pipeline: CompiledPipeline,
    private readonly run: RunContext,
  ) {}

  /** Adds an event to the group of its key values. */
  push(keys: string[], event: Event): void {
    const key = keys.map((value) => `${value.length}:${value}`).join("");
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { keys, aggregate: new AggregateSet([this.pipeline], this.run) };
      this.groups.set(key, group);
    }
    group.aggregate.push(event);
  }

  /**
   * Ends every group and returns its key values with the aggregate's value: the first field of
   * its first row, or undefined when the aggregate gave no row.
   */
  *results(): Generator<{ keys: string[]; value: string | undefined }> {
    for (const group of this.groups.values()) {
      const row = group.aggregate.end()[0];
      const value = row === undefined ? undefined : row.values().next().value;
      yield { keys: group.keys, value };
    }
    this.groups.clear();
  }
}
