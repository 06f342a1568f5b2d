/** getField(): the value of a field whose name an expression computes. */
import { outputField, syntaxTree } from "../schemas.js";
import { valueToText } from "../../engine/values.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";

interface GetFieldArgs {
  source: Expr;
  as: string;
}

export const getField: FunctionDefinition<GetFieldArgs> = {
  name: "getField",
  kind: "transformation",
  docsPage: "functions-getfield",
  summary: "Reads the field whose name the source expression computes, e.g. getField(\"time-in-ms\") or getField(format(\"a[%s]\", field=[i])).",
  defaultParam: "source",
  params: {
    source: { type: "expression", schema: syntaxTree(), description: "An expression whose value is the name of the field to read." },
    as: { type: "field", schema: outputField("_getField"), description: "The output field." },
  },
  compile(args, ctx) {
    const source = ctx.compileExpression(args.source);

    // The field read is only known per event, so the function may read any field.
    return valueFunction(args.as, "all", (event) => {
      const name = valueToText(source(event));
      return name === null ? null : (event.get(name) ?? null);
    });
  },
};
