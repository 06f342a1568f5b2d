/** math:mod(): the floor modulus of a field's number and a divisor. */
import { z } from "zod";
import { fieldName, outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { readNumber } from "./numericField.js";

interface MathModArgs {
  field: string;
  divisor: number;
  as: string;
}

export const mathMod: FunctionDefinition<MathModArgs> = {
  name: "math:mod",
  kind: "transformation",
  docsPage: "functions-math-mod",
  summary: "Writes floor(field) mod floor(divisor), with the sign of the divisor (7 mod 3 is 1, -7 mod 3 is 2).",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding the dividend." },
    divisor: { type: "number", schema: z.number({ error: "expected a number such as 3" }), description: "The divisor." },
    as: { type: "field", schema: outputField("_mod"), description: "The output field." },
  },
  compile(args, ctx) {
    const divisor = Math.floor(args.divisor);
    if (divisor === 0) {
      ctx.error("divisor=0 rounds down to 0, and nothing can be divided by 0; give a divisor of 1 or more (or -1 or less)", ctx.argumentSpan("divisor"));
    }

    // functions-math-mod: both numbers are rounded down before the floor modulus is taken.
    const field = args.field;
    return valueFunction(args.as, new Set([field]), (event) => {
      const value = readNumber(event.get(field));
      if (value === null) {
        return null;
      }
      const dividend = Math.floor(value);
      return dividend - Math.floor(dividend / divisor) * divisor;
    });
  },
};
