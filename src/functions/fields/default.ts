/** default(): gives missing fields a value. */
import { fieldNames, flag, text } from "../schemas.js";
import { mapStage } from "../../engine/pipeline.js";
import type { FunctionDefinition } from "../types.js";

interface DefaultArgs {
  value: string;
  field: string[];
  replaceEmpty: boolean;
}

export const defaultFunction: FunctionDefinition<DefaultArgs> = {
  name: "default",
  kind: "transformation",
  docsPage: "functions-default",
  summary: "Sets fields an event lacks to a value; existing values stay unless replaceEmpty covers empty ones.",
  defaultParam: "value",
  params: {
    value: { type: "string", schema: text(), description: "The value for missing fields." },
    field: { type: "fields", schema: fieldNames(), description: "The field or fields to fill in." },
    replaceEmpty: { type: "boolean", schema: flag(false), description: "Also replace fields whose value is the empty string." },
  },
  compile(args) {
    const { value, field: fields, replaceEmpty } = args;

    return {
      stage: mapStage((event) => {
        for (const field of fields) {
          const current = event.get(field);
          if (current === undefined || (replaceEmpty && current === "")) {
            event.set(field, value);
          }
        }
      }),
      outputs: [...fields],
      reads: new Set(fields),
    };
  },
};
