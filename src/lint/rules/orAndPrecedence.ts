/**
 * `a or b` as an operand of `and` without parentheses. In CQL `or` binds tighter than `and`,
 * the reverse of SQL: `x and y or z` means `x and (y or z)` (docs page syntax-operators).
 * Implicit `and` (filters side by side) counts too.
 */
import type * as A from "../../syntax/ast.js";
import type { LintRule } from "../types.js";
import { sourceText, walk } from "../walk.js";

export const orAndPrecedence: LintRule = {
  id: "or-and-precedence",
  summary: "`and` and `or` mixed without parentheses (or binds tighter than and)",
  check(context) {
    walk(context.query, (node) => {
      if (node.kind !== "And") return;

      for (const operand of node.operands) {
        if (operand.kind !== "Or" || isParenthesized(context.source, operand.span)) continue;

        const whole = sourceText(context.source, node.span);
        const part = sourceText(context.source, operand.span);
        context.report(
          operand.span,
          `\`${whole}\` reads as \`... and (${part})\`, because or binds tighter than and in CQL (the reverse of SQL); ` +
            "add parentheses to state the grouping you mean",
          "syntax-operators",
        );
      }
    });
  },
};

/** True when a `(` right before the span closes with a `)` right after it. */
function isParenthesized(source: string, span: A.Span): boolean {
  const before = source.slice(0, span.offset).trimEnd();
  const after = source.slice(span.end).trimStart();
  return before.endsWith("(") && after.startsWith(")");
}
