/** length(): the number of characters in a field's value. */
import { fieldName, outputField } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";

interface LengthArgs {
  field: string;
  as: string;
}

export const length: FunctionDefinition<LengthArgs> = {
  name: "length",
  kind: "transformation",
  docsPage: "functions-length",
  summary: "Writes the length of a field's value, in UTF-16 code units, to another field.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field to measure; events without it get no output." },
    as: { type: "field", schema: outputField("_length"), description: "The output field." },
  },
  compile(args) {
    const field = args.field;
    return valueFunction(args.as, new Set([field]), (event) => event.get(field)?.length ?? null);
  },
};
