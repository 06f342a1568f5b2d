/** stats(): runs a list of aggregates over all events and combines their rows. */
import { syntaxTrees } from "../schemas.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";
import { aggregateListReads, compileAggregateList } from "./aggregateList.js";
import { AggregateSet } from "./combine.js";

interface StatsArgs {
  function?: Expr[];
}

export const stats: FunctionDefinition<StatsArgs> = {
  name: "stats",
  kind: "aggregate",
  docsPage: "functions-stats",
  summary: "Runs several aggregates over all events and combines their output into one row (or their product).",
  defaultParam: "function",
  params: {
    function: {
      type: "aggregates",
      schema: syntaxTrees().optional(),
      description: "The aggregates to run; count() when not given.",
    },
  },
  compile(args, ctx) {
    const pipelines = compileAggregateList(args.function, ctx);

    return {
      reads: aggregateListReads(pipelines),
      projects: true,
      stage: (next, run) => {
        const set = new AggregateSet(pipelines, run);
        return {
          push(event) {
            set.push(event);
          },
          end() {
            for (const row of set.end()) {
              next.push(row);
            }
            next.end();
          },
        };
      },
    };
  },
};
