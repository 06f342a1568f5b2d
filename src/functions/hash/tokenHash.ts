/** tokenHash(): a hash of a value's space-separated tokens that ignores their order. */
import { fieldName, outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { murmur3 } from "./murmur3.js";

interface TokenHashArgs {
  field: string;
  as: string;
}

const encoder = new TextEncoder();

export const tokenHash: FunctionDefinition<TokenHashArgs> = {
  name: "tokenHash",
  kind: "transformation",
  docsPage: "functions-tokenhash",
  summary: "Writes the sum of the hashes of a value's space-separated tokens, so values with the same tokens in any order hash alike.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field to hash." },
    as: { type: "field", schema: outputField("_tokenHash"), description: "The output field." },
  },
  compile(args) {
    const field = args.field;

    // NOTE: the per-token hash LogScale uses is not documented, so the numbers differ from
    // LogScale's. The sum wraps at 2^32 to stay an unsigned 32-bit integer.
    return valueFunction(args.as, new Set([field]), (event) => {
      const value = event.get(field);
      if (value === undefined) {
        return null;
      }

      let sum = 0;
      for (const token of value.split(/\s+/)) {
        if (token !== "") {
          sum = (sum + murmur3(encoder.encode(token), 0)) % 2 ** 32;
        }
      }
      return sum;
    });
  },
};
