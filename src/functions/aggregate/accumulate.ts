/** accumulate(): a running aggregate; every event gets the result over the events so far. */
import { unionFieldUse } from "../../engine/pipeline.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";
import { aggregateListReads } from "./aggregateList.js";
import { cumulativeOf, currentParam, mergeSingleRow, sequenceFunctionParam } from "./sequence.js";

interface AccumulateArgs {
  function: Expr[];
  current: "include" | "exclude";
}

export const accumulate: FunctionDefinition<AccumulateArgs> = {
  name: "accumulate",
  kind: "aggregate",
  docsPage: "functions-accumulate",
  summary: "Adds to every event the result of aggregates over all events so far (a running total).",
  defaultParam: "function",
  params: {
    function: sequenceFunctionParam("The aggregates to accumulate; each must yield at most one row, like sum() or avg()."),
    current: currentParam,
  },
  compile(args, ctx) {
    const pipelines = ctx.compileAggregates(args.function);
    const include = args.current === "include";

    return {
      stage: (next, run) => {
        const cumulatives = pipelines.map((pipeline) => cumulativeOf(pipeline, run));

        return {
          push(event) {
            if (include) {
              cumulatives.forEach((cumulative) => cumulative.add(event));
            }

            const outputs = cumulatives.map((cumulative) => cumulative.rows());

            if (!include) {
              cumulatives.forEach((cumulative) => cumulative.add(event));
            }

            mergeSingleRow(event, outputs, "accumulate");
            next.push(event);
          },
          end() {
            next.end();
          },
        };
      },
      effects: { modifies: true, drops: false, retains: false },
      reads: unionFieldUse([aggregateListReads(pipelines)]),
    };
  },
};
