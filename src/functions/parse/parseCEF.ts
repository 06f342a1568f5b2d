/** parseCEF(): a Common Event Format (CEF version 0) message becomes header and extension fields. */
import type { Event } from "../../engine/event.js";
import { mapStage } from "../../engine/pipeline.js";
import { fieldName, flag, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { extensionPairs, splitHeader } from "./eventFormat.js";

interface ParseCefArgs {
  field: string;
  prefix: string;
  headerprefix: string;
  labelprefix: string;
  keeplabels: boolean;
}

/** The header fields after `CEF:`, in order. */
const HEADER = ["version", "device.vendor", "device.product", "device.version", "event_class_id", "name", "severity"];

export const parseCEF: FunctionDefinition<ParseCefArgs> = {
  name: "parseCEF",
  kind: "transformation",
  docsPage: "functions-parsecef",
  summary: "Parses a CEF:0 message (any text before the marker is skipped) into cef.* header and cef.ext.* extension fields.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field holding the CEF message." },
    prefix: { type: "string", schema: text().default("cef.ext."), description: "Text put before extension keys." },
    headerprefix: { type: "string", schema: text().default("cef."), description: "Text put before the header field names." },
    labelprefix: { type: "string", schema: text().default("cef.label."), description: "Text put before custom field labels (cs1Label=x gives cef.label.x)." },
    keeplabels: { type: "boolean", schema: flag(false), description: "Keep the xLabel and x extension fields after writing the labelled field." },
  },
  compile(args) {
    const field = args.field;
    return {
      stage: mapStage((event) => {
        const raw = event.get(field);
        const at = raw === undefined ? -1 : raw.indexOf("CEF:0");
        if (raw !== undefined && at !== -1) {
          writeCef(event, raw.slice(at + 4), args);
        }
      }),
      reads: new Set([field]),
    };
  },
};

function writeCef(event: Event, message: string, args: ParseCefArgs): void {
  const { fields, rest } = splitHeader(message, HEADER.length);
  if (fields.length < HEADER.length) {
    return;
  }

  fields.forEach((value, index) => event.set(args.headerprefix + (HEADER[index] as string), value.trim()));

  const extensions = new Map(extensionPairs(rest, " \t"));
  for (const [key, value] of extensions) {
    event.set(args.prefix + key, value);
  }

  // Custom fields name themselves: cs1Label=Rule cs1=R42 means a field "Rule" with value R42.
  for (const [key, label] of extensions) {
    const base = key.endsWith("Label") ? key.slice(0, -5) : undefined;
    const value = base === undefined ? undefined : extensions.get(base);
    if (base === undefined || value === undefined) {
      continue;
    }

    event.set(args.labelprefix + label, value);
    if (!args.keeplabels) {
      event.delete(args.prefix + key);
      event.delete(args.prefix + base);
    }
  }
}
