/** copyEvent(): passes each event on twice, the copy tagged with a new #type. */
import { text } from "../schemas.js";
import { cloneEvent } from "../../engine/event.js";
import { NO_FIELDS } from "../../engine/pipeline.js";
import type { FunctionDefinition } from "../types.js";

interface CopyEventArgs {
  type: string;
}

export const copyEvent: FunctionDefinition<CopyEventArgs> = {
  name: "copyEvent",
  kind: "transformation",
  docsPage: "functions-copyevent",
  summary: "Passes each event on and then a copy of it whose #type is the given value; LogScale allows it in parsers only.",
  defaultParam: "type",
  params: {
    type: { type: "string", schema: text().min(1, { error: "give the #type of the copy, e.g. copyEvent(\"arrivaltime\")" }), description: "The value of #type on the copy." },
  },
  compile(args) {
    const type = args.type;

    // NOTE: LogScale runs copyEvent() only in parsers and rejects it in queries
    // (functions-copyevent); here it runs anywhere, so rule tests can exercise parser logic.
    return {
      stage: (next) => ({
        push(event) {
          const copy = cloneEvent(event);
          copy.set("#type", type);
          next.push(event);
          next.push(copy);
        },
        end() {
          next.end();
        },
      }),
      outputs: ["#type"],
      reads: NO_FIELDS,
    };
  },
};
