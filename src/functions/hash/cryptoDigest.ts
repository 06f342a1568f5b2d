/**
 * The shape of crypto:md5(), crypto:sha1() and crypto:sha256(): the hex digest of the UTF-8
 * bytes of the fields' values joined together, a missing or empty field counting as the empty
 * string (docs page functions-crypto-md5).
 */
import { createHash } from "node:crypto";
import { fieldNames, outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

export interface CryptoArgs {
  field: string[];
  as: string;
}

export interface CryptoOptions {
  /** The part after `crypto:`, also the Node.js hash name: md5, sha1, sha256. */
  algorithm: "md5" | "sha1" | "sha256";
  /** The algorithm as people write it, for the summary: MD5, SHA-1, SHA-256. */
  label: string;
}

export function cryptoDigest(options: CryptoOptions): FunctionDefinition<CryptoArgs> {
  const algorithm = options.algorithm;

  return {
    name: `crypto:${algorithm}`,
    kind: "transformation",
    docsPage: `functions-crypto-${algorithm}`,
    summary: `Writes the hex ${options.label} digest of the concatenated UTF-8 values of the fields.`,
    defaultParam: "field",
    params: {
      field: { type: "fields", schema: fieldNames(), description: "The field or fields to hash; several are joined without a separator." },
      as: { type: "field", schema: outputField(`_${algorithm}`), description: "The output field." },
    },
    compile(args) {
      const fields = args.field;
      return valueFunction(args.as, new Set(fields), (event) => {
        const digest = createHash(algorithm);
        for (const field of fields) {
          digest.update(event.get(field) ?? "", "utf8");
        }
        return digest.digest("hex");
      });
    },
  };
}
