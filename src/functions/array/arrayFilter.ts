/** array:filter(): keeps the array elements that pass a condition. */
import type { Expr } from "../../syntax/ast.js";
import { fieldName, syntaxTree } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, compileElementPipeline } from "./arrays.js";
import { elementEvalFunction } from "./elementEval.js";

interface ArrayFilterArgs {
  array: string;
  function: Expr;
  var?: string;
  asArray?: string;
}

export const arrayFilter: FunctionDefinition<ArrayFilterArgs> = {
  name: "array:filter",
  kind: "transformation",
  docsPage: "functions-array-filter",
  summary: "Keeps the elements of an array for which a { ... } condition holds, in order and renumbered from 0.",
  defaultParam: "array",
  params: {
    array: { type: "string", schema: arrayName(), description: "The array, written name[]." },
    function: { type: "expression", schema: syntaxTree(), description: "A { ... } filter, or one filter call, tested against each element." },
    var: { type: "field", schema: fieldName().optional(), description: "The field that holds the element in the condition; the array's name by default." },
    asArray: { type: "string", schema: arrayName().optional(), description: "The output array, written name[]; the input array by default." },
  },
  compile(args, ctx) {
    return elementEvalFunction(compileElementPipeline(args.function, "function", ctx), {
      array: args.array,
      variable: args.var ?? args.array,
      output: args.asArray ?? args.array,
      objects: false,
      result: (element, emitted) => (emitted.length > 0 ? (element as string) : undefined),
    });
  },
};
