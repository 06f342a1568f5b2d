/** bucket(): groupBy() over time buckets and optional fields, one row per bucket and group. */
import { z } from "zod";
import { fieldNames, limit, syntaxTrees, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { MAX_BUCKETS } from "./bucketing.js";
import { compileTimeBuckets, MAX_SERIES, type TimeBucketsArgs } from "./compileTimeBuckets.js";

interface BucketArgs extends TimeBucketsArgs {
  field?: string[];
}

export const bucket: FunctionDefinition<BucketArgs> = {
  name: "bucket",
  kind: "aggregate",
  docsPage: "functions-bucket",
  summary: "Groups events into time buckets (and by optional fields) and runs aggregates per bucket; writes the bucket start to _bucket.",
  defaultParam: "span",
  params: {
    span: { type: "string", schema: text().optional(), description: "The length of each bucket as a relative time such as 1h; auto (the default) splits the window." },
    buckets: {
      type: "number",
      schema: z.number({ error: "expected a whole number of buckets" }).int().min(1).max(MAX_BUCKETS).optional(),
      description: "Split the search window into this many buckets (at most 1500).",
    },
    field: { type: "fields", schema: fieldNames().optional(), description: "Fields to group by within each bucket." },
    function: { type: "aggregates", schema: syntaxTrees().optional(), description: "The aggregates run per bucket; count(as=_count) by default." },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 10, min: 1, max: MAX_SERIES, acceptsMax: true }),
      description: "The maximum number of series (distinct field values) kept, by rank; at most 500.",
    },
    minSpan: { type: "string", schema: text().optional(), description: "The smallest bucket length, as a relative time." },
    timezone: { type: "string", schema: text().optional(), description: "The time zone buckets align to; the query's zone by default." },
    unit: {
      type: "strings",
      schema: z.array(z.string()).optional(),
      description: "Convert each aggregate's value per bucket, e.g. \"bytes/span to Kbytes/day\" or \"1/s\".",
    },
  },
  compile(args, ctx) {
    return compileTimeBuckets(args, args.field ?? [], ctx);
  },
};
