/** eventFieldCount(): the number of fields of an event. */
import { outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

interface EventFieldCountArgs {
  as: string;
}

export const eventFieldCount: FunctionDefinition<EventFieldCountArgs> = {
  name: "eventFieldCount",
  kind: "transformation",
  docsPage: "functions-eventfieldcount",
  summary: "Writes the number of fields the event has.",
  params: {
    as: { type: "field", schema: outputField("_eventFieldCount"), description: "The output field." },
  },
  compile(args) {
    // NOTE: LogScale counts the fields its storage holds for the event, which may include
    // internal ones; here every field of the event counts once.
    return valueFunction(args.as, "all", (event) => event.size);
  },
};
