/**
 * The shape text:contains(), text:startsWith() and text:endsWith() share: a filter over two
 * expressions, `string` and `substring`, that keeps the events that pass the test
 * (functions-text-contains). A missing value on either side fails the test.
 */
import type { Event } from "../../engine/event.js";
import { predicateStage, unionFieldUse } from "../../engine/pipeline.js";
import { valueToText } from "../../engine/values.js";
import { syntaxTree } from "../schemas.js";
import type { Expr } from "../../syntax/ast.js";
import type { FunctionDefinition } from "../types.js";

export interface TextPredicateArgs {
  string: Expr;
  substring: Expr;
}

export interface TextPredicateOptions {
  name: string;
  docsPage: string;
  summary: string;
  /** The description of the substring parameter in the generated reference. */
  substringDescription: string;
  test(text: string, substring: string): boolean;
}

export function textPredicate(options: TextPredicateOptions): FunctionDefinition<TextPredicateArgs> {
  return {
    name: options.name,
    kind: "filter",
    docsPage: options.docsPage,
    summary: options.summary,
    defaultParam: "string",
    negatable: true,
    params: {
      string: { type: "expression", schema: syntaxTree(), description: "The text to search: a field name, a quoted literal or an expression." },
      substring: { type: "expression", schema: syntaxTree(), description: options.substringDescription },
    },
    compile(args, ctx) {
      const text = ctx.compileExpression(args.string);
      const substring = ctx.compileExpression(args.substring);
      const test = options.test;

      const predicate = (event: Event) => {
        const value = valueToText(text(event));
        if (value === null) {
          return false;
        }
        const part = valueToText(substring(event));
        return part !== null && test(value, part);
      };

      return {
        stage: predicateStage(predicate),
        predicate,
        reads: unionFieldUse([ctx.expressionReads(args.string), ctx.expressionReads(args.substring)]),
      };
    },
  };
}
