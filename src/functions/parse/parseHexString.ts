/** parseHexString(): hexadecimal digits decoded to text in a character set. */
import { TextDecoder } from "node:util";
import { ErrorCodes } from "../../errors/index.js";
import { fieldName, outputField, text } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

interface ParseHexStringArgs {
  field: string;
  as: string;
  charset: string;
}

export const parseHexString: FunctionDefinition<ParseHexStringArgs> = {
  name: "parseHexString",
  kind: "transformation",
  docsPage: "functions-parsehexstring",
  summary: "Decodes a field of hexadecimal digits (two per byte) to text in a character set, UTF-8 by default.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding hexadecimal digits." },
    as: { type: "field", schema: outputField("_parsehexstring"), description: "The output field." },
    charset: { type: "string", schema: text().default("UTF-8"), description: "The character set of the bytes, e.g. UTF-8, ISO-8859-1 or UTF-16LE." },
  },
  compile(args, ctx) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(args.charset);
    } catch {
      return ctx.error(
        `unknown character set ${JSON.stringify(args.charset)}: use a WHATWG encoding label such as UTF-8, ISO-8859-1 or UTF-16LE`,
        ctx.argumentSpan("charset"),
        ErrorCodes.invalidArgument,
      );
    }

    const field = args.field;
    return valueFunction(args.as, new Set([field]), (event) => {
      const hex = event.get(field);
      // Text with an odd number of digits or other characters is not hexadecimal: no output.
      if (hex === undefined || hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
        return null;
      }
      return decoder.decode(Buffer.from(hex, "hex"));
    });
  },
};
