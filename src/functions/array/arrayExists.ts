/** array:exists(): keeps events with at least one array element that passes a condition. */
import { predicateStage } from "../../engine/pipeline.js";
import type { Event } from "../../engine/event.js";
import { fieldName, syntaxTree } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import type { Expr } from "../../syntax/ast.js";
import { arrayName, bindElement, compileElementPipeline, readElements, runOn } from "./arrays.js";

interface ArrayExistsArgs {
  array: string;
  condition: Expr;
  var?: string;
}

export const arrayExists: FunctionDefinition<ArrayExistsArgs> = {
  name: "array:exists",
  kind: "filter",
  docsPage: "functions-array-exists",
  summary: "Keeps events with an array element for which a { ... } condition holds; the element is the field named by var.",
  defaultParam: "array",
  negatable: true,
  params: {
    array: { type: "string", schema: arrayName(), description: "The array, written name[]." },
    condition: { type: "expression", schema: syntaxTree(), description: "A { ... } filter, or one filter call, tested against each element." },
    var: { type: "field", schema: fieldName().optional(), description: "The field that holds the element in the condition; the array's name by default." },
  },
  compile(args, ctx) {
    const passes = runOn(compileElementPipeline(args.condition, "condition", ctx));
    const array = args.array;
    const variable = args.var ?? array;
    const predicate = (event: Event) => readElements(event, array).some((element) => passes(bindElement(event, variable, element)).length > 0);
    return { stage: predicateStage(predicate), predicate, reads: "all" };
  },
};
