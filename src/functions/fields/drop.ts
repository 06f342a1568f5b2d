/** drop(): removes fields from every event. */
import { fieldNames } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { mapStage } from "../../engine/pipeline.js";

interface DropArgs {
  fields: string[];
}

export const drop: FunctionDefinition<DropArgs> = {
  name: "drop",
  kind: "transformation",
  docsPage: "functions-drop",
  summary: "Removes the listed fields from each event.",
  defaultParam: "fields",
  params: {
    fields: { type: "fields", schema: fieldNames(), description: "The fields to remove." },
  },
  compile(args) {
    const fields = args.fields;
    return {
      reads: new Set<string>(),
      stage: mapStage((event) => {
        for (const field of fields) {
          event.delete(field);
        }
      }),
    };
  },
};
