/** timeChart(): the rows of a time chart, one per bucket and series value. */
import { z } from "zod";
import { fieldName, limit, syntaxTrees, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { MAX_BUCKETS } from "./bucketing.js";
import { compileTimeBuckets, MAX_SERIES, type TimeBucketsArgs } from "./compileTimeBuckets.js";

interface TimeChartArgs extends TimeBucketsArgs {
  series?: string;
}

export const timeChart: FunctionDefinition<TimeChartArgs> = {
  name: "timeChart",
  kind: "aggregate",
  docsPage: "functions-timechart",
  summary: "Groups events into time buckets, one series per value of a field, and runs aggregates per bucket and series.",
  defaultParam: "series",
  params: {
    series: { type: "field", schema: fieldName().optional(), description: "The field whose values become the chart's series." },
    span: { type: "string", schema: text().optional(), description: "The length of each bucket as a relative time such as 15m; auto (the default) splits the window." },
    buckets: {
      type: "number",
      schema: z.number({ error: "expected a whole number of buckets" }).int().min(1).max(MAX_BUCKETS).optional(),
      description: "Split the search window into this many buckets (at most 1500).",
    },
    function: { type: "aggregates", schema: syntaxTrees().optional(), description: "The aggregates run per bucket and series; count(as=_count) by default." },
    limit: {
      type: "number",
      schema: limit({ defaultValue: 10, min: 1, max: MAX_SERIES, acceptsMax: true }),
      description: "The maximum number of series kept, by rank; at most 500.",
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
    return compileTimeBuckets(args, args.series === undefined ? [] : [args.series], ctx);
  },
};
