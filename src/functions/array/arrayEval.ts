/** array:eval(): a new array computed from each element of an array. */
import type { Expr } from "../../syntax/ast.js";
import { fieldName, syntaxTree } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, compileElementPipeline } from "./arrays.js";
import { elementEvalFunction } from "./elementEval.js";

interface ArrayEvalArgs {
  array: string;
  function: Expr;
  var?: string;
  asArray?: string;
}

export const arrayEval: FunctionDefinition<ArrayEvalArgs> = {
  name: "array:eval",
  kind: "transformation",
  docsPage: "functions-array-eval",
  summary: "Runs { ... } once per array element (bound to var) and collects the field named like asArray into that array.",
  defaultParam: "array",
  params: {
    array: { type: "string", schema: arrayName(), description: "The input array, written name[]." },
    function: { type: "expression", schema: syntaxTree(), description: "The { ... } run for each element; it sets the field named like the output array." },
    var: { type: "field", schema: fieldName().optional(), description: "The field that holds the element; the input array's name by default." },
    asArray: { type: "string", schema: arrayName().optional(), description: "The output array, written name[]; the input array by default." },
  },
  compile(args, ctx) {
    const output = args.asArray ?? args.array;
    return elementEvalFunction(compileElementPipeline(args.function, "function", ctx), {
      array: args.array,
      variable: args.var ?? args.array,
      output,
      objects: false,
      // An element whose run emits nothing, or leaves the output field unset, adds no element.
      result: (_element, emitted) => emitted[0]?.get(output),
    });
  },
};
