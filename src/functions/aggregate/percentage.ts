/** percentage(): the share of events that pass a condition, from 0 to 100. */
import { READING_AGGREGATE_EFFECTS, unionFieldUse } from "../../engine/pipeline.js";
import { formatNumber } from "../../engine/values.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";
import { compileCondition, conditionParam } from "./condition.js";
import { asParam } from "./numericField.js";
import { runningStage } from "./running.js";

interface PercentageArgs {
  condition: Expr;
  as: string;
}

export const percentage: FunctionDefinition<PercentageArgs> = {
  name: "percentage",
  kind: "aggregate",
  docsPage: "functions-percentage",
  summary: "Computes the percentage of events that pass a filter subquery.",
  defaultParam: "condition",
  params: {
    condition: conditionParam("The filter an event must pass to count, e.g. { status=2* }."),
    as: asParam("_percentage"),
  },
  compile(args, ctx) {
    const condition = compileCondition(args.condition, "condition", ctx);
    const as = args.as;

    // The share is (passed / total) * 100, the order that gives 16.666666666666664 for 1 of 6
    // as the functions-percentage page shows. Without events there is no row.
    const stage = runningStage((run) => {
      let passed = 0;
      let total = 0;

      return {
        add(event) {
          total += 1;
          if (condition.test(event, run)) {
            passed += 1;
          }
        },
        result() {
          return total === 0 ? undefined : new Map([[as, formatNumber((passed / total) * 100)]]);
        },
      };
    });

    return { stage, effects: READING_AGGREGATE_EFFECTS, outputs: [as], reads: unionFieldUse([condition.reads]), projects: true };
  },
};
