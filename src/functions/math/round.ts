/** round(): rounds a field's number to a whole number. */
import { fieldName, oneOf } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { readNumber } from "./numericField.js";

interface RoundArgs {
  field: string;
  how: "round" | "floor" | "ceil";
  as?: string;
}

const ROUNDING = {
  // Half-way values go up (2.5 to 3, -2.5 to -2), as Java's Math.round does.
  round: Math.round,
  floor: Math.floor,
  ceil: Math.ceil,
} as const;

export const round: FunctionDefinition<RoundArgs> = {
  name: "round",
  kind: "transformation",
  docsPage: "functions-round",
  summary: "Rounds a field's number to a whole number (how=round, floor or ceil), in place unless as= is given.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding the number." },
    how: { type: "string", schema: oneOf(["round", "floor", "ceil"], "round"), description: "round (nearest, halves up), floor (down) or ceil (up)." },
    as: { type: "field", schema: fieldName().optional(), description: "The output field; the input field by default." },
  },
  compile(args) {
    const field = args.field;
    const rounding = ROUNDING[args.how];
    return valueFunction(args.as ?? field, new Set([field]), (event) => {
      const value = readNumber(event.get(field));
      return value === null ? null : rounding(value);
    });
  },
};
