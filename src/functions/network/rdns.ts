/**
 * rdns(): the older form of reverseDns(). It keeps the newest `limit` events, as
 * `tail(limit) | reverseDns(...)` does (functions-rdns), and names their addresses.
 */
import { chainFactories } from "../../engine/pipeline.js";
import { timeSelectionStage } from "../aggregate/headTail.js";
import { fieldName, limit, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { hostnameStage } from "./hostnames.js";

interface RdnsArgs {
  field: string;
  as: string;
  limit: number;
  server?: string;
}

export const rdns: FunctionDefinition<RdnsArgs> = {
  name: "rdns",
  kind: "aggregate",
  docsPage: "functions-rdns",
  summary: "Keeps the newest events (up to limit) and adds the host name of an IP address from the run's resolver.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding the IP address." },
    as: { type: "field", schema: fieldName().default("hostname"), description: "The output field." },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 20_000, min: 1, max: 20_000, acceptsMax: false }),
      description: "The number of events kept, newest first by @timestamp.",
    },
    server: { type: "string", schema: text().optional(), description: "Accepted for compatibility; the run option's resolver decides where names come from." },
  },
  compile(args, ctx) {
    const names = hostnameStage(ctx.options, { functionName: "rdns", field: args.field, as: args.as, limit: args.limit });
    return {
      stage: chainFactories([timeSelectionStage(args.limit, true), names]),
      effects: { modifies: true, drops: true, retains: true },
      reads: "all",
    };
  },
};
