/** array:length(): the number of elements of an array. */
import { outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, readElements } from "./arrays.js";

interface ArrayLengthArgs {
  array: string;
  as: string;
}

export const arrayLength: FunctionDefinition<ArrayLengthArgs> = {
  name: "array:length",
  kind: "transformation",
  docsPage: "functions-array-length",
  summary: "Writes the number of elements of an array, counted from index 0 to the first gap; 0 when there is none.",
  defaultParam: "array",
  params: {
    array: { type: "string", schema: arrayName(), description: "The array, written name[]." },
    as: { type: "field", schema: outputField("_length"), description: "The output field." },
  },
  compile(args) {
    const array = args.array;
    return valueFunction(args.as, "all", (event) => readElements(event, array).length);
  },
};
