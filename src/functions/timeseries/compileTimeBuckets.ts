/** The compile step bucket() and timeChart() share: parameters to a time-bucket stage. */
import { ErrorCodes } from "../../errors/index.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import type { Expr } from "../../syntax/ast.js";
import { aggregateListReads, compileAggregateList } from "../aggregate/aggregateList.js";
import type { CompiledFunction, CompileContext } from "../types.js";
import { compileBucketing, type BucketingArgs } from "./bucketing.js";
import { timeBucketsStage } from "./timeBuckets.js";
import { parseUnitConversion, type UnitConversion } from "./unit.js";
import { slidingWindowOf } from "./window.js";

export interface TimeBucketsArgs extends BucketingArgs {
  function?: Expr[];
  limit: number;
  unit?: string[];
}

/** The maximum of `limit`: MAX_SERIES_LIMIT's default of 500 series. */
export const MAX_SERIES = 500;

/** Compiles a bucket() or timeChart() call that groups by `seriesFields`. */
export function compileTimeBuckets(args: TimeBucketsArgs, seriesFields: readonly string[], ctx: CompileContext): CompiledFunction {
  const bucketing = compileBucketing(args, ctx);
  const pipelines = compileAggregateList(args.function, ctx);
  const sliding = slidingWindowOf(args.function, pipelines, ctx);
  const aggregates = sliding?.pipelines ?? pipelines;

  return {
    stage: timeBucketsStage({
      functionName: ctx.call.name,
      bucketing,
      seriesFields,
      pipelines: aggregates,
      sliding: sliding?.sliding,
      limit: args.limit,
      limitGiven: ctx.isGiven("limit"),
      units: readUnits(args.unit ?? [], ctx),
    }),
    reads: unionFieldUse([new Set(["@timestamp", ...seriesFields]), aggregateListReads(aggregates)]),
    projects: true,
  };
}

function readUnits(texts: readonly string[], ctx: CompileContext): UnitConversion[] {
  return texts.map((text) => {
    const conversion = parseUnitConversion(text);
    if (typeof conversion === "string") {
      return ctx.error(conversion, ctx.argumentSpan("unit"), ErrorCodes.invalidArgument);
    }
    return conversion;
  });
}
