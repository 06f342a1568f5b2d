/** fieldset(): the names of the fields present in the events, one row each. */
import type { FunctionDefinition } from "../types.js";

export const fieldset: FunctionDefinition<Record<string, never>> = {
  name: "fieldset",
  kind: "aggregate",
  docsPage: "functions-fieldset",
  summary: "Lists the names of all fields that occur in the events, one row per field in a field named field.",
  params: {},
  compile() {
    // The functions-fieldset examples list the names in descending code unit order
    // (`@timezone` ... `@host`, `#type`, `#repo`); the output field is `field`, which corpus
    // queries sort and rename.
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
      effects: { modifies: false, drops: true, retains: false },
      outputs: ["field"],
      reads: "all",
      projects: true,
    };
  },
};
