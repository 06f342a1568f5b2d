/** math:pow(): a field's number raised to a power. */
import { z } from "zod";
import { fieldName, outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { finiteOrNull, readNumber } from "./numericField.js";

interface MathPowArgs {
  field: string;
  exponent: number;
  as: string;
}

export const mathPow: FunctionDefinition<MathPowArgs> = {
  name: "math:pow",
  kind: "transformation",
  docsPage: "functions-math-pow",
  summary: "Writes a field's number raised to the power of exponent.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding the base." },
    exponent: { type: "number", schema: z.number({ error: "expected a number such as 2" }), description: "The power to raise the base to." },
    as: { type: "field", schema: outputField("_pow"), description: "The output field." },
  },
  compile(args) {
    const { field, exponent } = args;
    return valueFunction(args.as, new Set([field]), (event) => {
      const value = readNumber(event.get(field));
      return value === null ? null : finiteOrNull(value ** exponent);
    });
  },
};
