/** coalesce(): the first of several expressions that has a value. */
import { syntaxTrees, flag, outputField } from "../schemas.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import { valueToText } from "../../engine/values.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";

interface CoalesceArgs {
  expressions: Expr[];
  as: string;
  ignoreEmpty: boolean;
}

export const coalesce: FunctionDefinition<CoalesceArgs> = {
  name: "coalesce",
  kind: "transformation",
  docsPage: "functions-coalesce",
  summary: "Writes the value of the first expression in a list that has one; empty strings count as none unless ignoreEmpty=false.",
  defaultParam: "expressions",
  params: {
    expressions: {
      type: "expressions",
      schema: syntaxTrees().min(1, { error: "give at least one expression, e.g. coalesce([host, hostname, \"unknown\"])" }),
      description: "The candidates, tried left to right: field names, quoted literals or other expressions.",
    },
    as: { type: "field", schema: outputField("_coalesce"), description: "The output field." },
    ignoreEmpty: { type: "boolean", schema: flag(true), description: "Skip candidates whose value is the empty string." },
  },
  compile(args, ctx) {
    const candidates = args.expressions.map((expr) => ctx.compileExpression(expr));
    const ignoreEmpty = args.ignoreEmpty;
    const reads = unionFieldUse(args.expressions.map((expr) => ctx.expressionReads(expr)));

    // functions-coalesce: the first non-null result from left to right; with ignoreEmpty
    // (the default) an empty string counts as undefined.
    return valueFunction(args.as, reads, (event) => {
      for (const candidate of candidates) {
        const text = valueToText(candidate(event));
        if (text !== null && !(ignoreEmpty && text === "")) {
          return text;
        }
      }
      return null;
    });
  },
};
