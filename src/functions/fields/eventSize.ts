/** eventSize(): the number of bytes of an event's values. */
import { outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

interface EventSizeArgs {
  as: string;
}

const encoder = new TextEncoder();

export const eventSize: FunctionDefinition<EventSizeArgs> = {
  name: "eventSize",
  kind: "transformation",
  docsPage: "functions-eventsize",
  summary: "Writes the number of bytes the event's values take in UTF-8, field names not counted.",
  params: {
    as: { type: "field", schema: outputField("_eventSize"), description: "The output field." },
  },
  compile(args) {
    // NOTE: LogScale counts the bytes of its uncompressed storage (functions-eventsize), which
    // this sum of UTF-8 value lengths only estimates.
    return valueFunction(args.as, "all", (event) => {
      let bytes = 0;
      for (const value of event.values()) {
        bytes += encoder.encode(value).length;
      }
      return bytes;
    });
  },
};
