/** objectArray:exists(): keeps events with at least one object-array element that passes a condition. */
import { predicateStage } from "../../engine/pipeline.js";
import type { Event } from "../../engine/event.js";
import type { Expr } from "../../syntax/ast.js";
import { fieldName, syntaxTree } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, bindElement, compileElementPipeline, readObjectElements, runOn } from "./arrays.js";

interface ObjectArrayExistsArgs {
  array: string;
  condition: Expr;
  var?: string;
}

export const objectArrayExists: FunctionDefinition<ObjectArrayExistsArgs> = {
  name: "objectArray:exists",
  kind: "filter",
  docsPage: "functions-objectarray-exists",
  summary: "Keeps events with an element of an array of objects for which a { ... } condition holds; var.x is the element's field x.",
  defaultParam: "array",
  negatable: true,
  params: {
    array: { type: "string", schema: arrayName(), description: "The array of objects, written name[]." },
    condition: { type: "expression", schema: syntaxTree(), description: "A { ... } filter, or one filter call, tested against each element." },
    var: { type: "field", schema: fieldName().optional(), description: "The name the element's fields go under; the array's name by default." },
  },
  compile(args, ctx) {
    const passes = runOn(compileElementPipeline(args.condition, "condition", ctx));
    const array = args.array;
    const variable = args.var ?? array;
    const predicate = (event: Event) =>
      readObjectElements(event, array).some((element) => passes(bindElement(event, variable, element)).length > 0);
    return { stage: predicateStage(predicate), predicate, reads: "all" };
  },
};
