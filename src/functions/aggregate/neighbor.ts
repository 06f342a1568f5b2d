/** neighbor(): copies fields from the event a given distance before or after each event. */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { fieldNames, oneOf, text } from "../schemas.js";
import type { FunctionDefinition, StageFactory } from "../types.js";

interface NeighborArgs {
  include: string[];
  direction: "preceding" | "succeeding";
  distance: number;
  prefix?: string;
}

export const neighbor: FunctionDefinition<NeighborArgs> = {
  name: "neighbor",
  kind: "aggregate",
  docsPage: "functions-neighbor",
  summary: "Copies fields from a preceding or succeeding event in the sequence, under a prefix.",
  defaultParam: "include",
  params: {
    include: { type: "fields", schema: fieldNames(), description: "The fields to copy from the neighbouring event." },
    direction: { type: "string", schema: oneOf(["preceding", "succeeding"], "preceding"), description: "preceding (the default) or succeeding." },
    distance: {
      type: "number",
      schema: z.number({ error: "expected a whole number from 1 to 10,000" }).int().min(1).max(10_000).default(1),
      description: "How many events away the neighbour is, from 1 (the default) to 10,000.",
    },
    prefix: { type: "string", schema: text().optional(), description: "Names the copies prefix.field; without it they overwrite the fields themselves." },
  },
  compile(args) {
    const names = args.include.map((field) => (args.prefix === undefined ? field : `${args.prefix}.${field}`));
    const stage = args.direction === "preceding" ? precedingStage(args, names) : succeedingStage(args, names);
    const retains = args.direction === "succeeding";

    return { stage, effects: { modifies: true, drops: false, retains }, outputs: names, reads: new Set(args.include) };
  },
};

/** Reads the included fields of an event before neighbor() writes anything. */
function valuesOf(event: Event, include: readonly string[]): (string | undefined)[] {
  return include.map((field) => event.get(field));
}

/**
 * Writes the neighbour's values. A field the neighbour lacks is not written, and an event
 * without a neighbour at that distance gets nothing (the docs show `<no value>`).
 */
function writeValues(event: Event, names: readonly string[], values: readonly (string | undefined)[]): void {
  names.forEach((name, index) => {
    const value = values[index];
    if (value !== undefined) {
      event.set(name, value);
    }
  });
}

/** Remembers the included values of the last `distance` events. */
function precedingStage(args: NeighborArgs, names: readonly string[]): StageFactory {
  return (next) => {
    const previous: (string | undefined)[][] = [];

    return {
      push(event) {
        const values = valuesOf(event, args.include);
        if (previous.length === args.distance) {
          writeValues(event, names, previous.shift() as (string | undefined)[]);
        }
        previous.push(values);
        next.push(event);
      },
      end() {
        next.end();
      },
    };
  };
}

/** Holds each event back until the event `distance` after it has arrived, or the input ends. */
function succeedingStage(args: NeighborArgs, names: readonly string[]): StageFactory {
  return (next) => {
    const waiting: { event: Event; values: (string | undefined)[] }[] = [];

    return {
      push(event) {
        waiting.push({ event, values: valuesOf(event, args.include) });
        if (waiting.length > args.distance) {
          const first = waiting.shift() as { event: Event };
          writeValues(first.event, names, (waiting[args.distance - 1] as { values: (string | undefined)[] }).values);
          next.push(first.event);
        }
      },
      end() {
        for (const item of waiting) {
          next.push(item.event);
        }
        next.end();
      },
    };
  };
}
