/**
 * The fields a part of a query reads: the left side of comparisons, bare words in expressions,
 * and field arguments of calls. Writes (`x :=`, `as=x`) are not references.
 */
import type { Registry } from "../functions/registry.js";
import type { ParamType } from "../functions/types.js";
import type * as A from "../syntax/ast.js";
import { isNumberText } from "../engine/values.js";
import type { WalkNode } from "./walk.js";

export interface FieldReference {
  name: string;
  span: A.Span;
  /** The call the reference is an argument of (`test` for `test(x > 1)`), if any. */
  call: A.Call | undefined;
}

/** Lists every field read in `node`, in source order, nested pipelines included. */
export function fieldReferences(node: WalkNode, registry: Registry): FieldReference[] {
  const references: FieldReference[] = [];
  const add = (name: string, span: A.Span, call: A.Call | undefined) => references.push({ name, span, call });

  const visitExpr = (expr: A.Expr, call: A.Call | undefined): void => {
    switch (expr.kind) {
      case "Bare":
        if (!isNumberText(expr.text) && expr.text !== "true" && expr.text !== "false") add(expr.text, expr.span, call);
        return;
      case "Binary":
        visitExpr(expr.left, call);
        visitExpr(expr.right, call);
        return;
      case "Unary":
        visitExpr(expr.operand, call);
        return;
      case "Array":
        for (const element of expr.elements) visitExpr(element, call);
        return;
      case "AssignExpr":
        visitExpr(expr.value, call);
        return;
      case "Call":
        visitCall(expr);
        return;
      case "Subquery":
        visitPipeline(expr.pipeline);
        return;
      default:
        return;
    }
  };

  const visitFieldNames = (expr: A.Expr, call: A.Call): void => {
    const names = expr.kind === "Array" ? expr.elements : [expr];
    for (const name of names) {
      if (name.kind === "Bare") add(name.text, name.span, call);
      else if (name.kind === "String") add(name.value, name.span, call);
    }
  };

  const visitCall = (call: A.Call): void => {
    const definition = registry.lookup(call.name);

    for (const arg of call.args) {
      const type = definition?.rawArguments === true ? "expression" : parameterType(call, arg, registry);
      if (type === "field" || type === "fields") visitFieldNames(arg.value, call);
      else if (type === "expression" || type === "expressions") visitExpr(arg.value, call);
      else if (type === undefined || type === "aggregates" || type === "pipeline" || type === "pipelines") visitNested(arg.value);
    }
  };

  /** Calls and subqueries nested in an argument that is not itself a field or an expression. */
  const visitNested = (expr: A.Expr): void => {
    if (expr.kind === "Call") visitCall(expr);
    else if (expr.kind === "Subquery") visitPipeline(expr.pipeline);
    else if (expr.kind === "Array") for (const element of expr.elements) visitNested(element);
    else if (expr.kind === "AssignExpr") visitNested(expr.value);
  };

  const visitPipeline = (pipeline: A.Pipeline): void => {
    for (const step of pipeline.steps) visitStep(step);
  };

  const visitStep = (step: A.Step | A.Guard): void => {
    switch (step.kind) {
      case "FieldTest":
        add(step.field.name, step.field.span, undefined);
        return;
      case "And":
      case "Or":
        for (const operand of step.operands) visitStep(operand);
        return;
      case "Not":
        visitStep(step.operand);
        return;
      case "Call":
        visitCall(step);
        return;
      case "Assign":
        visitExpr(step.value, undefined);
        return;
      case "FieldCall":
        add(step.field.name, step.field.span, step.call);
        visitCall(step.call);
        return;
      case "Case":
        for (const branch of step.branches) visitPipeline(branch);
        return;
      case "Match":
        add(step.field.name, step.field.span, undefined);
        for (const arm of step.arms) {
          visitStep(arm.guard);
          visitPipeline(arm.body);
        }
        return;
      case "StatsArray":
        for (const element of step.elements) visitNested(element);
        return;
      default:
        return;
    }
  };

  if (node.kind === "Query") visitPipeline(node.pipeline);
  else if (node.kind === "Pipeline") visitPipeline(node);
  else visitStep(node as A.Step);

  return references;
}

/**
 * Returns how the registry reads an argument. For functions it lacks, `field`, `fields` and `as`
 * are known by name, and other arguments are only searched for nested calls.
 */
function parameterType(call: A.Call, arg: A.Arg, registry: Registry): ParamType | "write" | undefined {
  const name = arg.name?.toLowerCase();
  if (name === "as") return "write";

  const definition = registry.lookup(call.name);
  if (definition === undefined) {
    return name === "field" || name === "fields" ? "fields" : undefined;
  }

  const param = name ?? definition.defaultParam?.toLowerCase();
  const entry = Object.entries(definition.params).find(
    ([key, spec]) => key.toLowerCase() === param || spec.aliases?.some((alias) => alias.toLowerCase() === param),
  );
  return entry?.[1].type;
}
