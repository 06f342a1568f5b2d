/**
 * The `function` argument of stats() and groupBy(): a list of aggregates, defaulting to count().
 */
import type { Expr } from "../../syntax/ast.js";
import { NO_FIELDS, pipelineInputFields, pipelineOf, READING_AGGREGATE_EFFECTS, unionFieldUse } from "../../engine/pipeline.js";
import { ErrorCodes } from "../../errors/index.js";
import type { CompileContext, CompiledPipeline, FieldUse } from "../types.js";
import { findClashingOutput } from "./combine.js";
import { countStage } from "./count.js";
import { hasOptionalOutputs } from "./optionalOutputs.js";

/** count() writing `_count`, the aggregate stats() and groupBy() use when `function` is not given. */
export function defaultCount(): CompiledPipeline {
  return pipelineOf([
    {
      factory: countStage({ distinct: false, as: "_count" }),
      effects: READING_AGGREGATE_EFFECTS,
      outputs: ["_count"],
      reads: NO_FIELDS,
      projects: true,
    },
  ]);
}

/**
 * Compiles the aggregates of a `function` argument (count() when absent) and rejects two
 * aggregates that are sure to write the same field. Two identical calls write equal values, and
 * a field that an aggregate writes only when the input had it may never be written. Neither is a
 * clash here, because the rows are checked again when they are combined.
 */
export function compileAggregateList(list: Expr[] | undefined, ctx: CompileContext): CompiledPipeline[] {
  if (list === undefined) {
    return [defaultCount()];
  }

  const pipelines = ctx.compileAggregates(list);
  const seen = new Set<string>();
  const certainOutputs = pipelines.map((pipeline, index) => {
    const syntax = syntaxKey(list[index] as Expr);
    const repeated = seen.has(syntax);
    seen.add(syntax);
    return repeated || hasOptionalOutputs(pipeline) ? undefined : pipeline.outputs;
  });

  const clash = findClashingOutput(certainOutputs);
  if (clash !== undefined) {
    ctx.error(
      `two aggregates in function= write the field ${clash}; name one of them with as=, e.g. count(as=total)`,
      ctx.argumentSpan("function"),
      ErrorCodes.invalidArgument,
    );
  }

  return pipelines;
}

/** Serialises an element without its source positions, to find repeated calls. */
function syntaxKey(element: Expr): string {
  return JSON.stringify(element, (key, value: unknown) => (key === "span" || key === "nameSpan" ? undefined : value));
}

/** Returns the input fields a list of aggregates needs. */
export function aggregateListReads(pipelines: readonly CompiledPipeline[]): FieldUse {
  return unionFieldUse(pipelines.map(pipelineInputFields));
}
