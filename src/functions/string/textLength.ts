/** text:length(): the number of characters a reader sees in a text. */
import { outputField, syntaxTree } from "../schemas.js";
import { valueToText } from "../../engine/values.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";
import { graphemes } from "./graphemes.js";

interface TextLengthArgs {
  string: Expr;
  as: string;
}

export const textLength: FunctionDefinition<TextLengthArgs> = {
  name: "text:length",
  kind: "transformation",
  docsPage: "functions-text-length",
  summary: "Writes the number of grapheme clusters in the string expression (a flag emoji counts 1, where length() counts 4).",
  defaultParam: "string",
  params: {
    string: { type: "expression", schema: syntaxTree(), description: "The text to measure: a field name, a quoted literal or an expression." },
    as: { type: "field", schema: outputField("_length"), description: "The output field." },
  },
  compile(args, ctx) {
    const text = ctx.compileExpression(args.string);
    return valueFunction(args.as, ctx.expressionReads(args.string), (event) => {
      const value = valueToText(text(event));
      return value === null ? null : graphemes(value).length;
    });
  },
};
