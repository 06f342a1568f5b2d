/** urlDecode(): decodes a URL-encoded field value. */
import { fieldName, outputField } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";

interface UrlDecodeArgs {
  field: string;
  as: string;
}

const decoder = new TextDecoder("utf-8");

export const urlDecode: FunctionDefinition<UrlDecodeArgs> = {
  name: "urlDecode",
  kind: "transformation",
  docsPage: "functions-urldecode",
  summary: "Writes the URL-decoded value of a field (%XX escapes as UTF-8, + as a space).",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field to decode." },
    as: { type: "field", schema: outputField("_urldecode"), description: "The output field." },
  },
  compile(args) {
    const field = args.field;
    return valueFunction(args.as, new Set([field]), (event) => {
      const value = event.get(field);
      return value === undefined ? null : decodeForm(value);
    });
  },
};

/**
 * Decodes as Java's `URLDecoder` does: `+` is a space, runs of `%XX` are UTF-8 bytes (invalid
 * sequences become U+FFFD). A `%` without two hex digits makes the value invalid: null.
 */
export function decodeForm(text: string): string | null {
  let result = "";
  let index = 0;

  while (index < text.length) {
    const char = text[index] as string;
    if (char === "+") {
      result += " ";
      index += 1;
    } else if (char === "%") {
      const bytes: number[] = [];
      while (text[index] === "%") {
        const hex = text.slice(index + 1, index + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
          return null;
        }
        bytes.push(parseInt(hex, 16));
        index += 3;
      }
      result += decoder.decode(new Uint8Array(bytes));
    } else {
      result += char;
      index += 1;
    }
  }

  return result;
}
