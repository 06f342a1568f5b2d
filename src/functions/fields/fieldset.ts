/** fieldset(): the names of the fields the events carry. */
import type { FunctionDefinition } from "../types.js";

export const fieldset: FunctionDefinition<Record<string, never>> = {
  name: "fieldset",
  kind: "aggregate",
  docsPage: "functions-fieldset",
  summary: "Emits one event per distinct field name seen in the input, in a field named field.",
  params: {},
  compile() {
    // NOTE: the docs page shows the names in a column without naming it and lists them in
    // descending order; the column is named field here and the names come sorted descending
    // by UTF-16 code units.
    return {
      stage: (next) => {
        const names = new Set<string>();
        return {
          push(event) {
            for (const name of event.keys()) {
              names.add(name);
            }
          },
          end() {
            const sorted = [...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
            for (const name of sorted) {
              next.push(new Map([["field", name]]));
            }
            next.end();
          },
        };
      },
      effects: { modifies: true, drops: true, retains: false },
      outputs: ["field"],
      reads: "all",
      projects: true,
    };
  },
};
