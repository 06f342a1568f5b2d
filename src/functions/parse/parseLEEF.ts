/** parseLEEF(): a Log Event Extended Format (LEEF 1.0 or 2.0) message becomes fields. */
import type { Event } from "../../engine/event.js";
import { mapStage } from "../../engine/pipeline.js";
import { fieldName, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { extensionPairs, splitHeader } from "./eventFormat.js";

interface ParseLeefArgs {
  field: string;
  prefix: string;
  headerprefix: string;
}

/** The header fields after `LEEF:`, in order; LEEF 2.0 adds the attribute delimiter. */
const HEADER = ["version", "vendor", "product", "product_version", "event_id"];

export const parseLEEF: FunctionDefinition<ParseLeefArgs> = {
  name: "parseLEEF",
  kind: "transformation",
  docsPage: "functions-parseleef",
  summary: "Parses a LEEF message (text before LEEF: is skipped) into leef.* header and leef.ext.* attribute fields.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field holding the LEEF message." },
    prefix: { type: "string", schema: text().default("leef.ext."), description: "Text put before attribute keys." },
    headerprefix: { type: "string", schema: text().default("leef."), description: "Text put before the header field names." },
  },
  compile(args) {
    const field = args.field;
    return {
      stage: mapStage((event) => {
        const raw = event.get(field);
        const at = raw === undefined ? -1 : raw.indexOf("LEEF:");
        if (raw !== undefined && at !== -1) {
          writeLeef(event, raw.slice(at + 5), args);
        }
      }),
      reads: new Set([field]),
    };
  },
};

/**
 * LEEF 1.0 separates attributes with tabs. LEEF 2.0 names its delimiter in a sixth header
 * field: a character, or its code as x09 or 0x09.
 * NOTE: the header field names (leef.vendor, leef.event_id...) are this library's choice; the
 * docs show only the leef.ext. prefix of the attributes.
 */
function writeLeef(event: Event, message: string, args: ParseLeefArgs): void {
  const version2 = message.startsWith("2");
  const { fields, rest } = splitHeader(message, version2 ? HEADER.length + 1 : HEADER.length);
  if (fields.length < HEADER.length) {
    return;
  }

  HEADER.forEach((name, index) => event.set(args.headerprefix + name, (fields[index] as string).trim()));

  const delimiter = version2 ? delimiterOf(fields[HEADER.length] ?? "") : "\t";
  for (const [key, value] of extensionPairs(rest, delimiter)) {
    event.set(args.prefix + key, value);
  }
}

function delimiterOf(text: string): string {
  const code = /^(?:0?x)([0-9a-fA-F]{1,4})$/.exec(text.trim());
  if (code !== null) {
    return String.fromCharCode(parseInt(code[1] as string, 16));
  }
  return text === "" ? "\t" : (text[0] as string);
}
