/** objectArray:eval(): a new array computed from each element of an array of objects. */
import type { Expr } from "../../syntax/ast.js";
import { fieldName, syntaxTree } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, compileElementPipeline } from "./arrays.js";
import { elementEvalFunction } from "./elementEval.js";

interface ObjectArrayEvalArgs {
  array: string;
  function: Expr;
  var?: string;
  asArray: string;
}

export const objectArrayEval: FunctionDefinition<ObjectArrayEvalArgs> = {
  name: "objectArray:eval",
  kind: "transformation",
  docsPage: "functions-objectarray-eval",
  summary: "Runs { ... } once per element of an array of objects (var.x is field x) and collects the field named like asArray.",
  defaultParam: "array",
  params: {
    array: { type: "string", schema: arrayName(), description: "The array of objects, written name[]." },
    function: { type: "expression", schema: syntaxTree(), description: "The { ... } run for each element; it sets the field named like the output array." },
    var: { type: "field", schema: fieldName().optional(), description: "The name the element's fields go under (var.id for the element's id); the array's name by default." },
    asArray: { type: "string", schema: arrayName(), description: "The output array, written name[]." },
  },
  compile(args, ctx) {
    const output = args.asArray;
    return elementEvalFunction(compileElementPipeline(args.function, "function", ctx), {
      array: args.array,
      variable: args.var ?? args.array,
      output,
      objects: true,
      result: (_element, emitted) => emitted[0]?.get(output),
    });
  },
};
