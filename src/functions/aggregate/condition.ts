/**
 * The `condition` argument of percentage() and partition(): a non-aggregate pipeline that an
 * event passes or not. It is written as a `{ ... }` subquery or as a single filter call such as
 * `test(key != prev.key)` (functions-partition examples).
 */
import type { Event } from "../../engine/event.js";
import { cloneEvent } from "../../engine/event.js";
import { CollectingSink } from "../../engine/pipeline.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Expr } from "../../syntax/ast.js";
import { syntaxTree } from "../schemas.js";
import type { CompileContext, FieldUse, ParamSpec, RunContext } from "../types.js";

export interface CompiledCondition {
  /** Tells whether the event passes; never changes the event. */
  test(event: Event, run: RunContext): boolean;
  reads: FieldUse;
}

/** Builds the parameter spec of a condition argument, required unless `optional` is set. */
export function conditionParam(description: string, optional = false): ParamSpec {
  return { type: "expression", schema: optional ? syntaxTree().optional() : syntaxTree(), description };
}

/**
 * Compiles a condition. A subquery that only filters becomes its predicate; one that also
 * changes events runs on a copy of each event.
 */
export function compileCondition(expr: Expr, parameter: string, ctx: CompileContext): CompiledCondition {
  if (expr.kind !== "Subquery") {
    const value = ctx.compileExpression(expr);
    const passes = (event: Event) => {
      const result = value(event);
      return result === true || result === "true";
    };
    return { test: passes, reads: ctx.expressionReads(expr) };
  }

  // Aggregates either keep events or write only their own fields (projects); the compiled
  // pipeline cannot tell them apart from select(), which is rejected here too.
  const pipeline = ctx.compilePipeline(expr.pipeline);
  if (pipeline.effects.retains || pipeline.projects) {
    ctx.error(
      `the ${parameter} of ${ctx.call.name}() must not aggregate; use filters only, e.g. { status=2* }`,
      ctx.argumentSpan(parameter),
      ErrorCodes.invalidArgument,
    );
  }

  if (pipeline.predicate !== undefined) {
    const predicate = pipeline.predicate;
    return { test: (event) => predicate(event), reads: pipeline.reads };
  }

  return {
    test(event, run) {
      const sink = new CollectingSink();
      const instance = pipeline.factory(sink, run);
      instance.push(cloneEvent(event));
      instance.end();
      return sink.events.length > 0;
    },
    reads: pipeline.reads,
  };
}
