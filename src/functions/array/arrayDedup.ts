/** array:dedup(): an array without repeated values, first occurrences kept in order. */
import { mapStage } from "../../engine/pipeline.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, readElements, writeElements } from "./arrays.js";

interface ArrayDedupArgs {
  array: string;
  asArray?: string;
}

export const arrayDedup: FunctionDefinition<ArrayDedupArgs> = {
  name: "array:dedup",
  kind: "transformation",
  docsPage: "functions-array-dedup",
  summary: "Removes repeated values from an array, keeping the first occurrence of each in order.",
  defaultParam: "array",
  params: {
    array: { type: "string", schema: arrayName(), description: "The array, written name[]." },
    asArray: { type: "string", schema: arrayName().optional(), description: "The output array, written name[]; the input array by default." },
  },
  compile(args) {
    const array = args.array;
    const output = args.asArray ?? array;
    return {
      stage: mapStage((event) => {
        const elements = readElements(event, array);
        if (elements.length > 0) {
          writeElements(event, output, [...new Set(elements)]);
        }
      }),
      reads: "all",
    };
  },
};
