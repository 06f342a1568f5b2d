/** shannonEntropy(): the information entropy of a field's characters, in bits. */
import { fieldName, outputField } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";

interface ShannonEntropyArgs {
  field: string;
  as: string;
}

export const shannonEntropy: FunctionDefinition<ShannonEntropyArgs> = {
  name: "shannonEntropy",
  kind: "transformation",
  docsPage: "functions-shannonentropy",
  summary: "Writes the Shannon entropy in bits per character of a field's value (example.com gives about 3.0958).",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field to measure." },
    as: { type: "field", schema: outputField("_shannonentropy"), description: "The output field." },
  },
  compile(args) {
    const field = args.field;
    return valueFunction(args.as, new Set([field]), (event) => {
      const value = event.get(field);
      return value === undefined ? null : entropy(value);
    });
  },
};

/** -Σ p·log2(p) over the frequencies of the text's code points; 0 for the empty text. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  let total = 0;
  for (const char of text) {
    counts.set(char, (counts.get(char) ?? 0) + 1);
    total += 1;
  }

  let bits = 0;
  for (const count of counts.values()) {
    const probability = count / total;
    bits -= probability * Math.log2(probability);
  }
  return bits;
}
