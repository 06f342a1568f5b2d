/** text:substring(): part of a text, by character positions. */
import { z } from "zod";
import { outputField, syntaxTree } from "../schemas.js";
import { valueToText } from "../../engine/values.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";
import { graphemes } from "./graphemes.js";

interface TextSubstringArgs {
  string: Expr;
  begin: number;
  end?: number;
  as: string;
}

const position = () => z.number({ error: "expected a whole number of 0 or more" }).int({ error: "expected a whole number of 0 or more" }).min(0, { error: "expected a whole number of 0 or more" });

export const textSubstring: FunctionDefinition<TextSubstringArgs> = {
  name: "text:substring",
  kind: "transformation",
  docsPage: "functions-text-substring",
  summary: "Writes the characters from begin up to (not including) end of the string expression, counting grapheme clusters from 0.",
  defaultParam: "string",
  params: {
    string: { type: "expression", schema: syntaxTree(), description: "The text to cut: a field name, a quoted literal or an expression." },
    begin: { type: "number", schema: position().default(0), description: "The position of the first character to keep." },
    end: { type: "number", schema: position().optional(), description: "The position after the last character to keep; the end of the text by default." },
    as: { type: "field", schema: outputField("_string"), description: "The output field." },
  },
  compile(args, ctx) {
    const { begin, end } = args;
    if (end !== undefined && end < begin) {
      ctx.error(`end=${end} is below begin=${begin}; give an end position equal to or above begin`, ctx.argumentSpan("end"));
    }

    const text = ctx.compileExpression(args.string);
    // NOTE: positions past the end of the text are clamped to it, so the result may be empty.
    // The docs page does not say what LogScale does there.
    return valueFunction(args.as, ctx.expressionReads(args.string), (event) => {
      const value = valueToText(text(event));
      return value === null ? null : graphemes(value).slice(begin, end).join("");
    });
  },
};
