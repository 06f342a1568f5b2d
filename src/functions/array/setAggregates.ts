/** The shape of array:union() and array:intersection(): one output array over all events. */
import type { Event } from "../../engine/event.js";
import { outputField } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, readElements } from "./arrays.js";

export interface SetArgs {
  array: string;
  as: string;
}

export interface SetAggregateOptions {
  name: string;
  docsPage: string;
  summary: string;
  output: string;
  /** Folds one event's distinct elements into the running set; the first event starts it. */
  combine: (running: Set<string> | undefined, elements: Set<string>) => Set<string>;
}

export function setAggregate(options: SetAggregateOptions): FunctionDefinition<SetArgs> {
  return {
    name: options.name,
    kind: "aggregate",
    docsPage: options.docsPage,
    summary: options.summary,
    defaultParam: "array",
    params: {
      array: { type: "string", schema: arrayName(), description: "The array, written name[]." },
      as: { type: "field", schema: outputField(options.output), description: "The name of the output array (without [])." },
    },
    compile(args) {
      const { array, as } = args;
      return {
        projects: true,
        reads: "all",
        outputs: [as],
        stage: (next) => {
          let running: Set<string> | undefined;
          return {
            push(event) {
              running = options.combine(running, new Set(readElements(event, array)));
            },
            end() {
              // NOTE: the docs leave the element order open; first-seen order is used here.
              const row: Event = new Map();
              [...(running ?? [])].forEach((value, index) => row.set(`${as}[${index}]`, value));
              next.push(row);
              next.end();
            },
          };
        },
      };
    },
  };
}
