/** math:arctan2(): the angle of the point (x, y). */
import { fieldName, outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { readNumber } from "./numericField.js";

interface MathArctan2Args {
  x: string;
  y: string;
  as: string;
}

export const mathArctan2: FunctionDefinition<MathArctan2Args> = {
  name: "math:arctan2",
  kind: "transformation",
  docsPage: "functions-math-arctan2",
  summary: "Writes the angle in radians, from -π to π, between the positive x axis and the point (x, y).",
  params: {
    x: { type: "field", schema: fieldName(), description: "The field holding the x coordinate." },
    y: { type: "field", schema: fieldName(), description: "The field holding the y coordinate." },
    as: { type: "field", schema: outputField("_arctan2"), description: "The output field." },
  },
  compile(args) {
    const { x, y } = args;
    // NOTE: the docs page does not say which parameter is the numerator; this follows Java's
    // Math.atan2(y, x), the angle of the point (x, y).
    return valueFunction(args.as, new Set([x, y]), (event) => {
      const xValue = readNumber(event.get(x));
      const yValue = readNumber(event.get(y));
      return xValue === null || yValue === null ? null : Math.atan2(yValue, xValue);
    });
  },
};
