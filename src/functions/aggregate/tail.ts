/** tail(): the newest events. */
import { limit } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { orderSelectionStage, timeSelectionStage } from "./headTail.js";
import { STATE_ROW_LIMIT } from "./selection.js";

interface TailArgs {
  limit: number;
}

export const tail: FunctionDefinition<TailArgs> = {
  name: "tail",
  kind: "aggregate",
  docsPage: "functions-tail",
  summary: "Keeps the newest events (by @timestamp), emitted oldest first; after an aggregate, its last rows.",
  defaultParam: "limit",
  params: {
    limit: {
      type: "number",
      schema: limit({ defaultValue: 200, min: 1, max: STATE_ROW_LIMIT, acceptsMax: true }),
      description: "The number of events to keep (max means 200,000).",
    },
  },
  compile(args, ctx) {
    const stage = ctx.afterAggregate ? orderSelectionStage(args.limit, true) : timeSelectionStage(args.limit, true);
    return { stage, effects: { modifies: false, drops: true, retains: true }, reads: new Set(["@timestamp", "@ingesttimestamp"]) };
  },
};
