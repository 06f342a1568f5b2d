/** split(): turns each element of a flattened array into an event of its own. */
import { fieldName, flag } from "../schemas.js";
import { cloneEvent, type Event } from "../../engine/event.js";
import type { FunctionDefinition } from "../types.js";
import { arrayBaseName, arrayElements } from "./arrayFields.js";

interface SplitArgs {
  field: string;
  strip: boolean;
}

export const split: FunctionDefinition<SplitArgs> = {
  name: "split",
  kind: "transformation",
  docsPage: "functions-split",
  summary: "Emits one event per element of the array field[0], field[1]...; each copy keeps the other fields and gets _index.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("_events"), description: "The base name of the array to split." },
    strip: { type: "boolean", schema: flag(false), description: "Drop the array name from the element's fields (a[0].x becomes x)." },
  },
  compile(args) {
    const base = arrayBaseName(args.field);
    const strip = args.strip;

    return {
      stage: (next) => ({
        push(event) {
          const elements = arrayElements(event, base);
          // NOTE: the docs do not say what happens to an event without the array; it is
          // passed on unchanged.
          if (elements.size === 0) {
            next.push(event);
            return;
          }

          for (const [index, fields] of elements) {
            next.push(elementEvent(event, base, index, fields, elements, strip));
          }
        },
        end() {
          next.end();
        },
      }),
      effects: { modifies: true, drops: false, retains: false },
      reads: "all",
    };
  },
};

/**
 * Builds the event for one element: every field outside the array, the element's fields
 * renamed from `base[i]...` to `base...` (or without the prefix when stripping), `_index`,
 * and an `@id` made unique as `<id>__<i>` (functions-split).
 */
function elementEvent(event: Event, base: string, index: number, fields: readonly string[], elements: Map<number, string[]>, strip: boolean): Event {
  const copy = cloneEvent(event);
  for (const names of elements.values()) {
    for (const name of names) {
      copy.delete(name);
    }
  }

  const elementPrefix = `${base}[${index}]`;
  for (const name of fields) {
    const rest = name.slice(elementPrefix.length);
    const renamed = strip && rest.startsWith(".") ? rest.slice(1) : base + rest;
    copy.set(renamed, event.get(name) as string);
  }

  copy.set("_index", String(index));
  const id = event.get("@id");
  if (id !== undefined) {
    copy.set("@id", `${id}__${index}`);
  }
  return copy;
}
