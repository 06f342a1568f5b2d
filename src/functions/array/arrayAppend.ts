/** array:append(): values added after the last element of an array. */
import { z } from "zod";
import { mapStage } from "../../engine/pipeline.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, readElements } from "./arrays.js";

interface ArrayAppendArgs {
  array: string;
  values: string[];
}

export const arrayAppend: FunctionDefinition<ArrayAppendArgs> = {
  name: "array:append",
  kind: "transformation",
  docsPage: "functions-array-append",
  summary: "Appends values to an array after its last element, creating the array when it does not exist.",
  defaultParam: "array",
  params: {
    array: { type: "string", schema: arrayName(), description: "The array, written name[]." },
    values: { type: "strings", schema: z.array(z.string()).min(1, { error: "give at least one value, e.g. values=[\"info\"]" }), description: "The values to append." },
  },
  compile(args) {
    const { array, values } = args;
    return {
      stage: mapStage((event) => {
        const length = readElements(event, array).length;
        values.forEach((value, index) => event.set(`${array}[${length + index}]`, value));
      }),
      reads: "all",
    };
  },
};
