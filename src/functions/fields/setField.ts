/** setField(): writes a field whose name an expression computes. */
import { syntaxTree } from "../schemas.js";
import { mapStage, unionFieldUse } from "../../engine/pipeline.js";
import { valueToText } from "../../engine/values.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";

interface SetFieldArgs {
  target: Expr;
  value: Expr;
}

export const setField: FunctionDefinition<SetFieldArgs> = {
  name: "setField",
  kind: "transformation",
  docsPage: "functions-setfield",
  summary: "Sets the field whose name the target expression computes to the value of the value expression.",
  params: {
    target: { type: "expression", schema: syntaxTree(), description: "An expression whose value is the name of the field to set." },
    value: { type: "expression", schema: syntaxTree(), description: "An expression whose value the field receives." },
  },
  compile(args, ctx) {
    const target = ctx.compileExpression(args.target);
    const value = ctx.compileExpression(args.value);

    // As with :=, a value expression without a result leaves the event unchanged.
    return {
      stage: mapStage((event) => {
        const name = valueToText(target(event));
        const text = name === null || name === "" ? null : valueToText(value(event));
        if (name !== null && text !== null) {
          event.set(name, text);
        }
      }),
      reads: unionFieldUse([ctx.expressionReads(args.target), ctx.expressionReads(args.value)]),
    };
  },
};
