/** head(): the oldest events. */
import { limit } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { orderSelectionStage, timeSelectionStage } from "./headTail.js";
import { STATE_ROW_LIMIT } from "./selection.js";

interface HeadArgs {
  limit: number;
}

export const head: FunctionDefinition<HeadArgs> = {
  name: "head",
  kind: "aggregate",
  docsPage: "functions-head",
  summary: "Keeps the oldest events (by @timestamp), oldest first; after an aggregate, its first rows.",
  defaultParam: "limit",
  params: {
    limit: {
      type: "number",
      schema: limit({ defaultValue: 200, min: 0, max: STATE_ROW_LIMIT, acceptsMax: true }),
      description: "The number of events to keep (max means 200,000).",
    },
  },
  compile(args, ctx) {
    const stage = ctx.afterAggregate ? orderSelectionStage(args.limit, false) : timeSelectionStage(args.limit, false);
    return { stage, effects: { modifies: false, drops: true, retains: true }, reads: new Set(["@timestamp", "@ingesttimestamp"]) };
  },
};
