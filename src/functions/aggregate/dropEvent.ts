/**
 * dropEvent(): in a query it means `false` and drops every event (functions-dropevent); only in
 * a parser does it remove the event from ingestion. Inside `case { ... }` a branch ending in
 * dropEvent() therefore fails and the next branch is tried, as for `false`.
 */
import { FILTER_EFFECTS, predicateStage } from "../../engine/pipeline.js";
import type { FunctionDefinition } from "../types.js";

const never = () => false;

export const dropEvent: FunctionDefinition<Record<string, never>> = {
  name: "dropEvent",
  kind: "filter",
  docsPage: "functions-dropevent",
  summary: "Drops every event; in a query it behaves like false.",
  params: {},
  compile() {
    return { stage: predicateStage(never), predicate: never, effects: FILTER_EFFECTS, reads: new Set() };
  },
};
