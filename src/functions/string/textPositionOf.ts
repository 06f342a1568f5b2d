/** text:positionOf(): where a character or substring occurs in a text. */
import { z } from "zod";
import { outputField, syntaxTree } from "../schemas.js";
import { unionFieldUse } from "../../engine/pipeline.js";
import { valueToText } from "../../engine/values.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";
import { graphemes } from "./graphemes.js";

interface TextPositionOfArgs {
  string: Expr;
  character: Expr;
  begin: number;
  occurrence: number;
  as: string;
}

const wholeNumber = (minimum: number) => {
  const message = `expected a whole number of ${minimum} or more`;
  return z.number({ error: message }).int({ error: message }).min(minimum, { error: message });
};

export const textPositionOf: FunctionDefinition<TextPositionOfArgs> = {
  name: "text:positionOf",
  kind: "transformation",
  docsPage: "functions-text-positionof",
  summary: "Writes the 0-based character position of the n-th occurrence of a substring at or after begin; no output when it does not occur.",
  defaultParam: "string",
  params: {
    string: { type: "expression", schema: syntaxTree(), description: "The text to search: a field name, a quoted literal or an expression." },
    character: { type: "expression", schema: syntaxTree(), description: "The character or substring to find." },
    begin: { type: "number", schema: wholeNumber(0).default(0), description: "The position where the search starts." },
    occurrence: { type: "number", schema: wholeNumber(1).default(1), description: "Which occurrence to find, counting from 1." },
    as: { type: "field", schema: outputField("_position"), description: "The output field." },
  },
  compile(args, ctx) {
    const text = ctx.compileExpression(args.string);
    const character = ctx.compileExpression(args.character);
    const { begin, occurrence } = args;
    const reads = unionFieldUse([ctx.expressionReads(args.string), ctx.expressionReads(args.character)]);

    return valueFunction(args.as, reads, (event) => {
      const value = valueToText(text(event));
      const wanted = valueToText(character(event));
      if (value === null || wanted === null || wanted === "") {
        return null;
      }
      return position(graphemes(value), graphemes(wanted), begin, occurrence);
    });
  },
};

/** Finds the grapheme index of the `occurrence`-th match of `wanted` at or after `begin`; null when there is none. */
function position(clusters: readonly string[], wanted: readonly string[], begin: number, occurrence: number): number | null {
  let found = 0;
  for (let index = begin; index + wanted.length <= clusters.length; index += 1) {
    if (wanted.every((cluster, offset) => clusters[index + offset] === cluster)) {
      found += 1;
      if (found === occurrence) {
        return index;
      }
    }
  }
  return null;
}
