/** eval(): assigns the values of expressions to fields, left to right. */
import type { Arg } from "../../syntax/ast.js";
import { ErrorCodes } from "../../errors/index.js";
import { mapStage, unionFieldUse } from "../../engine/pipeline.js";
import { valueToText } from "../../engine/values.js";
import type { CompiledExpression, FunctionDefinition } from "../types.js";

interface EvalArgs {
  arguments: Arg[];
}

export const evalFunction: FunctionDefinition<EvalArgs> = {
  name: "eval",
  kind: "transformation",
  docsPage: "functions-eval",
  summary: "Computes expressions into fields: eval(a = b + 1, c = a * 2), evaluated left to right.",
  params: {},
  rawArguments: true,
  compile(args, ctx) {
    if (args.arguments.length === 0) {
      ctx.error("eval() needs at least one assignment, e.g. eval(total = a + b)", ctx.call.span, ErrorCodes.missingArgument);
    }

    const assignments: { target: string; expression: CompiledExpression }[] = args.arguments.map((arg) => {
      if (arg.name === undefined) {
        return ctx.error("each argument of eval() must be an assignment field = expression, e.g. eval(total = a + b)", arg.span, ErrorCodes.invalidArgument);
      }
      return { target: arg.name, expression: ctx.compileExpression(arg.value) };
    });

    // A null result leaves the target as it was: no new field, no overwrite (functions-eval).
    return {
      stage: mapStage((event) => {
        for (const { target, expression } of assignments) {
          const text = valueToText(expression(event));
          if (text !== null) {
            event.set(target, text);
          }
        }
      }),
      outputs: assignments.map((assignment) => assignment.target),
      reads: unionFieldUse(args.arguments.map((arg) => ctx.expressionReads(arg.value))),
    };
  },
};
