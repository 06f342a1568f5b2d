/** concat(): the values of several fields joined without a separator. */
import { fieldNames, outputField } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";

interface ConcatArgs {
  field: string[];
  as: string;
}

export const concat: FunctionDefinition<ConcatArgs> = {
  name: "concat",
  kind: "transformation",
  docsPage: "functions-concat",
  summary: "Joins the values of fields, in the order given and without a separator, into another field.",
  defaultParam: "field",
  params: {
    field: { type: "fields", schema: fieldNames(), description: "The fields to join; literal text is not allowed (use format())." },
    as: { type: "field", schema: outputField("_concat"), description: "The output field." },
  },
  compile(args) {
    const fields = args.field;

    // NOTE: the docs do not say how a missing field counts. It is skipped here, so an event
    // with none of the fields gets no output.
    return valueFunction(args.as, new Set(fields), (event) => {
      let result: string | null = null;
      for (const field of fields) {
        const value = event.get(field);
        if (value !== undefined) {
          result = (result ?? "") + value;
        }
      }
      return result;
    });
  },
};
