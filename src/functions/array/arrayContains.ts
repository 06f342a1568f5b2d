/** array:contains(): keeps events whose array has an element equal to a value. */
import { predicateStage } from "../../engine/pipeline.js";
import { text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, readElements } from "./arrays.js";

interface ArrayContainsArgs {
  array: string;
  value: string;
}

export const arrayContains: FunctionDefinition<ArrayContainsArgs> = {
  name: "array:contains",
  kind: "filter",
  docsPage: "functions-array-contains",
  summary: "Keeps events whose array has an element exactly equal to a value.",
  defaultParam: "array",
  negatable: true,
  params: {
    array: { type: "string", schema: arrayName(), description: "The array, written name[] (e.g. \"incidents[]\")." },
    value: { type: "string", schema: text(), description: "The value an element must equal, case-sensitively." },
  },
  compile(args) {
    const { array, value } = args;
    const predicate = (event: Parameters<typeof readElements>[0]) => readElements(event, array).includes(value);
    return { stage: predicateStage(predicate), predicate, reads: "all" };
  },
};
