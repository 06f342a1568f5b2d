/** if(): one of two expressions, chosen by a condition. */
import { outputField, syntaxTree } from "../schemas.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import { isTrue } from "../../engine/expression.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";

interface IfArgs {
  condition: Expr;
  then: Expr;
  else: Expr;
  as: string;
}

export const ifFunction: FunctionDefinition<IfArgs> = {
  name: "if",
  kind: "transformation",
  docsPage: "functions-if",
  summary: "Writes the value of then= when the condition holds (as in test()) and of else= otherwise; usable inside expressions.",
  defaultParam: "condition",
  params: {
    condition: { type: "expression", schema: syntaxTree(), description: "The condition, read as test() reads its expression." },
    then: { type: "expression", schema: syntaxTree(), description: "The expression whose value is used when the condition holds." },
    else: { type: "expression", schema: syntaxTree(), description: "The expression whose value is used otherwise." },
    as: { type: "field", schema: outputField("_if"), description: "The output field." },
  },
  compile(args, ctx) {
    const condition = ctx.compileExpression(args.condition);
    const whenTrue = ctx.compileExpression(args.then);
    const whenFalse = ctx.compileExpression(args.else);
    const reads = unionFieldUse([args.condition, args.then, args.else].map((expr) => ctx.expressionReads(expr)));

    // functions-if: if(c, then=a, else=b, as=y) behaves like case { test(c) | y := a; y := b },
    // so a condition without a value takes the else branch, and a branch without a value
    // writes nothing.
    return valueFunction(args.as, reads, (event) => (isTrue(condition(event)) ? whenTrue(event) : whenFalse(event)));
  },
};
