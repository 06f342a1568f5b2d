/**
 * The shape of now(), start() and end(): a function of the run's options alone, written to `as`
 * and usable in expressions (`test(@timestamp > now() - duration(1d))`).
 */
import { mapStage } from "../../engine/pipeline.js";
import { formatNumber } from "../../engine/values.js";
import { outputField } from "../schemas.js";
import type { FunctionDefinition, RunOptions } from "../types.js";

export interface ClockArgs {
  as: string;
}

export interface ClockOptions {
  name: string;
  docsPage: string;
  summary: string;
  /** The epoch milliseconds the function yields for a run's options. */
  read: (options: RunOptions) => number;
}

/** Builds now(), start() or end(); the output defaults to `_<name>`. */
export function clockFunction(options: ClockOptions): FunctionDefinition<ClockArgs> {
  return {
    name: options.name,
    kind: "transformation",
    docsPage: options.docsPage,
    summary: options.summary,
    defaultParam: "as",
    params: {
      as: { type: "field", schema: outputField(`_${options.name}`), description: "The output field." },
    },
    compile(args, ctx) {
      const as = args.as;
      const runOptions = ctx.options;

      return {
        // The stage reads the clock once per run, so every event of a run gets the same time.
        stage: (next, run) => {
          const text = formatNumber(options.read(runOptions));
          return mapStage((event) => {
            event.set(as, text);
          })(next, run);
        },
        // An expression has no run of its own: without the run options' `now` it reads the
        // clock each time, as now() does per event in a LogScale live query.
        value: () => options.read(runOptions),
        outputs: [as],
        reads: new Set(),
      };
    },
  };
}
