/** reverseDns(): the host name of an IP address, from the caller's resolver. */
import { fieldName, limit, outputField, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { hostnameStage } from "./hostnames.js";

interface ReverseDnsArgs {
  field: string;
  as: string;
  limit: number;
  server?: string;
}

export const reverseDns: FunctionDefinition<ReverseDnsArgs> = {
  name: "reverseDns",
  kind: "transformation",
  docsPage: "functions-reversedns",
  summary: "Adds the host name of an IP address, looked up with the resolver passed in the run options.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding the IP address." },
    as: { type: "field", schema: outputField("_hostname"), description: "The output field." },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 5000, min: 1, max: 1_000_000, acceptsMax: false }),
      description: "The number of distinct addresses to resolve; the rest get no host name and the run a warning.",
    },
    server: { type: "string", schema: text().optional(), description: "Accepted for compatibility; the run option's resolver decides where names come from." },
  },
  compile(args, ctx) {
    return {
      stage: hostnameStage(ctx.options, { functionName: "reverseDns", field: args.field, as: args.as, limit: args.limit }),
      outputs: [args.as],
      reads: new Set([args.field]),
    };
  },
};
