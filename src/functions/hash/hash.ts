/** hash(): a non-cryptographic 32-bit hash of one or more fields. */
import { z } from "zod";
import { fieldNames, outputField, text } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { murmur3 } from "./murmur3.js";

interface HashArgs {
  field: string[];
  limit?: number;
  seed?: string;
  as: string;
}

const encoder = new TextEncoder();

export const hash: FunctionDefinition<HashArgs> = {
  name: "hash",
  kind: "transformation",
  docsPage: "functions-hash",
  summary: "Writes a non-cryptographic hash of the fields' values, an integer from 0 to 4294967295 (modulo limit= when given).",
  defaultParam: "field",
  params: {
    field: { type: "fields", schema: fieldNames(), description: "The fields to hash, in order." },
    limit: {
      type: "number",
      schema: z.number({ error: "expected a whole number of 1 or more" }).int({ error: "expected a whole number of 1 or more" }).min(1, { error: "expected a whole number of 1 or more" }).optional(),
      description: "Take the hash modulo this number.",
    },
    seed: { type: "string", schema: text().optional(), description: "A seed; the same values and seed always give the same hash." },
    as: { type: "field", schema: outputField("_hash"), description: "The output field." },
  },
  compile(args) {
    const { field: fields, limit } = args;
    const seed = args.seed === undefined ? 0 : murmur3(encoder.encode(args.seed), 0);

    // NOTE: LogScale's algorithm is not documented, so the numbers differ from LogScale's.
    // Each value is hashed with the previous hash as seed, so [a, bc] and [ab, c] differ; a
    // missing field hashes as the empty string.
    return valueFunction(args.as, new Set(fields), (event) => {
      let value = seed;
      for (const field of fields) {
        value = murmur3(encoder.encode(event.get(field) ?? ""), value);
      }
      return limit === undefined ? value : value % limit;
    });
  },
};
