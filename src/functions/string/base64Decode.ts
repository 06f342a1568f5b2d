/** base64Decode(): decodes a Base64 field value into text. */
import { Buffer } from "node:buffer";
import { fieldName, outputField } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { charsetSchema, decodeBytes, type Charset } from "./charsets.js";
import { valueFunction } from "./fieldTransform.js";

interface Base64DecodeArgs {
  field: string;
  charset: Charset;
  as: string;
}

export const base64Decode: FunctionDefinition<Base64DecodeArgs> = {
  name: "base64Decode",
  kind: "transformation",
  docsPage: "functions-base64decode",
  summary: "Writes the Base64-decoded value of a field as text in the given charset; invalid Base64 writes nothing.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding Base64 text." },
    charset: { type: "string", schema: charsetSchema(), description: "How the decoded bytes become text: UTF-8, ISO-8859-1 (bytes as they are), UTF-16LE or UTF-16BE." },
    as: { type: "field", schema: outputField("_base64Decode"), description: "The output field." },
  },
  compile(args) {
    const { field, charset } = args;
    return valueFunction(args.as, new Set([field]), (event) => {
      const value = event.get(field);
      const bytes = value === undefined ? null : decodeBase64(value);
      return bytes === null ? null : decodeBytes(bytes, charset);
    });
  },
};

/**
 * Decodes Base64 the way the docs describe invalid input: characters outside the alphabet are
 * ignored, and an invalid encoding (a lone final character, data after `=` padding) gives null.
 * Padding is optional.
 */
export function decodeBase64(text: string): Uint8Array | null {
  const kept = text.replace(/[^A-Za-z0-9+/=]/g, "");
  const padding = kept.indexOf("=");
  const data = padding === -1 ? kept : kept.slice(0, padding);

  if (padding !== -1 && /[^=]/.test(kept.slice(padding))) {
    return null;
  }
  if (data.length % 4 === 1) {
    return null;
  }
  return new Uint8Array(Buffer.from(data, "base64"));
}
