/** createEvents(): discards its input and emits events made from given raw strings. */
import { z } from "zod";
import { runNow } from "../time/timeArguments.js";
import type { FunctionDefinition } from "../types.js";

interface CreateEventsArgs {
  rawstring: string[];
}

export const createEvents: FunctionDefinition<CreateEventsArgs> = {
  name: "createEvents",
  kind: "aggregate",
  docsPage: "functions-createevents",
  summary: "Discards the input and emits one event per given raw string, for test data.",
  defaultParam: "rawstring",
  params: {
    rawstring: {
      type: "strings",
      schema: z.array(z.string()).min(1, { error: "give at least one raw string" }),
      description: "The @rawstring of each event to emit, e.g. [\"animal=dog weight=7.0\"].",
    },
  },
  compile(args, ctx) {
    // The events carry @rawstring, @timestamp set to the run's now and @timestamp.nanos 0, as
    // the functions-createevents examples show; they are emitted in the order given.
    const time = String(runNow(ctx.options));

    return {
      stage: (next) => ({
        push() {},
        end() {
          for (const raw of args.rawstring) {
            next.push(
              new Map([
                ["@rawstring", raw],
                ["@timestamp", time],
                ["@timestamp.nanos", "0"],
              ]),
            );
          }
          next.end();
        },
      }),
      effects: { modifies: false, drops: true, retains: false },
      outputs: ["@rawstring", "@timestamp", "@timestamp.nanos"],
      reads: new Set(),
      projects: true,
    };
  },
};
