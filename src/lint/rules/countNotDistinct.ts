/**
 * count() whose output name says "unique" or "distinct" without `distinct=true`. Without it,
 * count(f) counts the events that have `f`, so 30 connections to port 443 give 30, not 1
 * (docs page functions-count).
 */
import type * as A from "../../syntax/ast.js";
import type { LintRule } from "../types.js";
import { argumentOf } from "../fieldFlow.js";
import { namedArgument, sourceText, textOf, walk } from "../walk.js";

const DISTINCT_NAME = /uniq|distinct/i;

export const countNotDistinct: LintRule = {
  id: "count-not-distinct",
  summary: "count() whose output name says unique or distinct, without distinct=true",
  check(context) {
    walk(context.query, (node, ancestors) => {
      if (node.kind !== "Call" || node.name.toLowerCase() !== "count") return;

      const output = outputName(node, ancestors[ancestors.length - 1]);
      if (output === undefined || !DISTINCT_NAME.test(output) || isDistinct(node)) return;

      const field = textOf(argumentOf(node, "field", context.registry, true)?.value);
      const counted = field === undefined ? "every event" : `every event that has ${field}, not its distinct values`;
      context.report(
        node.span,
        `${sourceText(context.source, node.span)} counts ${counted}, but the output name "${output}" suggests distinct ` +
          "values; add distinct=true to count distinct values, or rename the output",
        "functions-count",
      );
    });
  },
};

/** Returns the output field: `as=`, or the target of `name := count(...)`. */
function outputName(call: A.Call, parent: unknown): string | undefined {
  const as = textOf(namedArgument(call, "as")?.value);
  if (as !== undefined) return as;

  const assignment = parent as A.Assign | A.AssignExpr | undefined;
  if ((assignment?.kind === "Assign" || assignment?.kind === "AssignExpr") && assignment.value === call) {
    return assignment.target.name;
  }
  return undefined;
}

function isDistinct(call: A.Call): boolean {
  return textOf(namedArgument(call, "distinct")?.value)?.toLowerCase() === "true";
}
