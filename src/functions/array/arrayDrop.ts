/** array:drop(): removes every field of an array. */
import { mapStage } from "../../engine/pipeline.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, removeElements } from "./arrays.js";

interface ArrayDropArgs {
  array: string;
}

export const arrayDrop: FunctionDefinition<ArrayDropArgs> = {
  name: "array:drop",
  kind: "transformation",
  docsPage: "functions-array-drop",
  summary: "Removes the fields of an array: name[0], name[1]... and the fields nested in its elements.",
  defaultParam: "array",
  params: {
    array: { type: "string", schema: arrayName(), description: "The array, written name[]." },
  },
  compile(args) {
    const array = args.array;
    return { stage: mapStage((event) => removeElements(event, array)), reads: "all" };
  },
};
