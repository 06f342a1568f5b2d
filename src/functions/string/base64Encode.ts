/** base64Encode(): encodes a field value as Base64. */
import { Buffer } from "node:buffer";
import { fieldName, outputField } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { charsetSchema, encodeText, type Charset } from "./charsets.js";
import { valueFunction } from "./fieldTransform.js";

interface Base64EncodeArgs {
  field: string;
  charset: Charset;
  as: string;
}

export const base64Encode: FunctionDefinition<Base64EncodeArgs> = {
  name: "base64Encode",
  kind: "transformation",
  docsPage: "functions-base64encode",
  summary: "Writes the Base64 encoding (with = padding) of a field's value, taken as bytes in the given charset.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field to encode." },
    charset: { type: "string", schema: charsetSchema(), description: "How the text becomes bytes before encoding: UTF-8, ISO-8859-1, UTF-16LE or UTF-16BE." },
    as: { type: "field", schema: outputField("_base64Encode"), description: "The output field." },
  },
  compile(args) {
    const { field, charset } = args;
    return valueFunction(args.as, new Set([field]), (event) => {
      const value = event.get(field);
      return value === undefined ? null : Buffer.from(encodeText(value, charset)).toString("base64");
    });
  },
};
