/** partition(): splits the event sequence where a condition is met and aggregates each part. */
import { unionFieldUse } from "../../engine/pipeline.js";
import type { Expr } from "../../syntax/ast.js";
import { oneOf } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { aggregateListReads } from "./aggregateList.js";
import { AggregateSet } from "./combine.js";
import { compileCondition, conditionParam } from "./condition.js";
import { sequenceFunctionParam } from "./sequence.js";

interface PartitionArgs {
  function: Expr[];
  condition: Expr;
  split: "before" | "after";
}

export const partition: FunctionDefinition<PartitionArgs> = {
  name: "partition",
  kind: "aggregate",
  docsPage: "functions-partition",
  summary: "Splits the sequence of events where a condition is met and runs aggregates on each part.",
  defaultParam: "function",
  params: {
    function: sequenceFunctionParam("The aggregates to run on each partition; several combine as in stats()."),
    condition: conditionParam("The filter that starts a new partition, e.g. test(key != prev.key) or { status=success }."),
    split: { type: "string", schema: oneOf(["before", "after"], "before"), description: "Split before (the default) or after the event that meets the condition." },
  },
  compile(args, ctx) {
    const pipelines = ctx.compileAggregates(args.function);
    const condition = compileCondition(args.condition, "condition", ctx);
    const splitAfter = args.split === "after";

    // Each partition's rows are emitted as soon as it closes, so the output keeps the order of
    // the input. The condition is tested on the event before the aggregates see it; a partition
    // that would be empty (the first event meets the condition with split=before) is not made.
    return {
      stage: (next, run) => {
        let current: AggregateSet | undefined;

        const close = () => {
          if (current !== undefined) {
            for (const row of current.end()) {
              next.push(row);
            }
            current = undefined;
          }
        };

        return {
          push(event) {
            const splits = condition.test(event, run);
            if (splits && !splitAfter) {
              close();
            }

            current ??= new AggregateSet(pipelines, run);
            current.push(event);

            if (splits && splitAfter) {
              close();
            }
          },
          end() {
            close();
            next.end();
          },
        };
      },
      reads: unionFieldUse([aggregateListReads(pipelines), condition.reads]),
    };
  },
};
