/** test(): keeps events for which an expression is true. */
import type { Expr } from "../../syntax/ast.js";
import { isTrue } from "../../engine/expression.js";
import { syntaxTree } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";

interface TestArgs {
  expression: Expr;
}

export const test: FunctionDefinition<TestArgs> = {
  name: "test",
  kind: "filter",
  docsPage: "functions-test",
  summary: "Keeps the events for which an expression is true; false or no value drops the event.",
  defaultParam: "expression",
  negatable: true,
  params: {
    expression: {
      type: "expression",
      schema: syntaxTree(),
      description: "The expression; bare words are field names, quoted strings are text.",
    },
  },
  compile(args, ctx) {
    const expression = ctx.compileExpression(args.expression);
    // A null result drops the event; under not/! it is kept, as the negation keeps exactly
    // what the plain call drops.
    const predicate = (event: Map<string, string>) => isTrue(expression(event));

    return {
      stage: (next) => ({
        push(event) {
          if (predicate(event)) {
            next.push(event);
          }
        },
        end() {
          next.end();
        },
      }),
      predicate,
      reads: ctx.expressionReads(args.expression),
    };
  },
};
