/** urlEncode(): URL-encodes a field value. */
import { fieldName, outputField } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";

interface UrlEncodeArgs {
  field: string;
  as: string;
}

const encoder = new TextEncoder();

export const urlEncode: FunctionDefinition<UrlEncodeArgs> = {
  name: "urlEncode",
  kind: "transformation",
  docsPage: "functions-urlencode",
  summary: "Writes the URL-encoded value of a field: spaces become +, other characters outside A-Z a-z 0-9 . - * _ become %XX.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field to encode." },
    as: { type: "field", schema: outputField("_urlencode"), description: "The output field." },
  },
  compile(args) {
    const field = args.field;
    // NOTE: the docs page lists a type= parameter without its values; it is not accepted here.
    return valueFunction(args.as, new Set([field]), (event) => {
      const value = event.get(field);
      return value === undefined ? null : encodeForm(value);
    });
  },
};

/** Encodes as Java's `URLEncoder` does (the docs examples: `tail(1) | count()` gives `tail%281%29+%7C+count%28%29`). */
export function encodeForm(text: string): string {
  let result = "";
  for (const byte of encoder.encode(text)) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9.\-*_]/.test(char)) {
      result += char;
    } else if (char === " ") {
      result += "+";
    } else {
      result += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
    }
  }
  return result;
}
