/** select(): keeps only the listed fields of every event. */
import { fieldNames } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";

interface SelectArgs {
  fields: string[];
}

export const select: FunctionDefinition<SelectArgs> = {
  name: "select",
  kind: "transformation",
  docsPage: "functions-select",
  summary: "Keeps only the listed fields of each event; unlike table() it neither sorts nor limits.",
  defaultParam: "fields",
  params: {
    fields: { type: "fields", schema: fieldNames(), description: "The fields to keep." },
  },
  compile(args) {
    const keep = new Set(args.fields);

    return {
      reads: keep,
      projects: true,
      stage: (next) => ({
        push(event) {
          for (const name of [...event.keys()]) {
            if (!keep.has(name)) {
              event.delete(name);
            }
          }
          next.push(event);
        },
        end() {
          next.end();
        },
      }),
    };
  },
};
