/**
 * Free text after an aggregate. Free text searches the fields of the events as they entered the
 * query, and the rows of an aggregate are not those events. LogScale deprecated free-text search
 * after aggregate functions in version 1.189 (docs page functions-aggregate).
 */
import type * as A from "../../syntax/ast.js";
import type { LintRule } from "../types.js";
import { sourceText } from "../walk.js";

export const freeTextAfterAggregate: LintRule = {
  id: "free-text-after-aggregate",
  summary: "free text (a bare word, string or /regex/ filter) after an aggregate",
  check(context) {
    const first = context.steps.find((entry) => entry.aggregate);
    if (first === undefined) return;

    const aggregate = sourceText(context.source, first.step.span, 40);
    for (const { step } of context.steps.slice(context.steps.indexOf(first) + 1)) {
      for (const node of freeTextIn(step)) {
        context.report(
          node.span,
          `free text ${sourceText(context.source, node.span)} after the aggregate \`${aggregate}\` (line ${first.step.span.line}) ` +
            "cannot search the original events; filter a field of the rows instead, e.g. CommandLine=*text*",
          "functions-aggregate",
        );
      }
    }
  },
};

/** Free-text filters of a step, including those inside case branches. */
function freeTextIn(step: A.Step): A.FreeText[] {
  switch (step.kind) {
    case "FreeText":
      // A lone `*` keeps every event; it searches nothing.
      return step.value.kind === "Pattern" && /^\*+$/.test(step.value.text) ? [] : [step];
    case "And":
    case "Or":
      return step.operands.flatMap(freeTextIn);
    case "Not":
      return freeTextIn(step.operand);
    case "Case":
      return step.branches.flatMap((branch) => branch.steps.flatMap(freeTextIn));
    default:
      return [];
  }
}
