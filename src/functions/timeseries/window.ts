/**
 * window(): a sliding-window aggregate over the buckets of timeChart() or bucket(), where it is
 * the only function allowed: each bucket gets the aggregates over itself and the buckets before
 * it inside the window (docs page functions-window).
 */
import { CqlRuntimeError, ErrorCodes } from "../../errors/index.js";
import type { Expr } from "../../syntax/ast.js";
import { compileAggregateList } from "../aggregate/aggregateList.js";
import { syntaxTrees } from "../schemas.js";
import type { CompiledPipeline, CompileContext, FunctionDefinition, StageFactory } from "../types.js";
import { MAX_BUCKETS, readSpan } from "./bucketing.js";
import type { SlidingWindow } from "./timeBuckets.js";
import { z } from "zod";

interface WindowArgs {
  function?: Expr[];
  span?: string;
  buckets?: number;
}

/** A compiled window() call, as the bucket() or timeChart() around it reads it. */
export interface CompiledWindow {
  sliding: SlidingWindow;
  pipelines: CompiledPipeline[];
}

/** The compiled window() calls by their stage, which is also the factory of their pipeline. */
const windows = new WeakMap<StageFactory, CompiledWindow>();

export const window: FunctionDefinition<WindowArgs> = {
  name: "window",
  kind: "aggregate",
  docsPage: "functions-window",
  summary: "Aggregates over a sliding window of buckets; only as the function of timeChart() or bucket().",
  defaultParam: "function",
  params: {
    function: { type: "aggregates", schema: syntaxTrees().optional(), description: "The aggregates run over each window; count(as=_count) by default." },
    span: { type: "string", schema: z.string().optional(), description: "The window's length as a relative time, e.g. 1h; give span or buckets." },
    buckets: {
      type: "number",
      schema: z.number({ error: "expected a whole number of buckets" }).int().min(1).max(MAX_BUCKETS).optional(),
      description: "The window's length in buckets; give span or buckets.",
    },
  },
  compile(args, ctx) {
    if ((args.span === undefined) === (args.buckets === undefined)) {
      ctx.error("window() needs exactly one of span or buckets, e.g. window(count(), buckets=3)", ctx.call.span, ErrorCodes.invalidArgument);
    }

    const compiled: CompiledWindow = {
      sliding: { span: args.span === undefined ? undefined : readSpan(args.span, "span", ctx), buckets: args.buckets },
      pipelines: compileAggregateList(args.function, ctx),
    };

    const stage: StageFactory = () => {
      throw new CqlRuntimeError({
        code: ErrorCodes.notAllowedHere,
        message: "window() can only be the function of timeChart() or bucket(), e.g. timeChart(function=window(count(), buckets=3))",
      });
    };
    windows.set(stage, compiled);
    return { stage };
  },
};

/**
 * Finds a window() call among the compiled aggregates of a `function` argument.
 * @throws CqlQueryError when window() is mixed with other functions.
 */
export function slidingWindowOf(list: readonly Expr[] | undefined, pipelines: readonly CompiledPipeline[], ctx: CompileContext): CompiledWindow | undefined {
  const found = pipelines.map((pipeline) => windows.get(pipeline.factory));
  const index = found.findIndex((entry) => entry !== undefined);
  if (index === -1) {
    return undefined;
  }

  if (pipelines.length > 1) {
    const span = list?.[index]?.span ?? ctx.argumentSpan("function");
    ctx.error("window() must be the only function of its timeChart() or bucket(); put the other aggregates inside it: window([count(), avg(x)], buckets=3)", span, ErrorCodes.invalidArgument);
  }
  return found[index];
}
