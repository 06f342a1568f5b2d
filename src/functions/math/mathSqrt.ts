/** math:sqrt(): writes the square root of a field's number; negative numbers give no output. */
import { unaryMath } from "./numericField.js";

export const mathSqrt = unaryMath({
  name: "sqrt",
  summary: "Writes the square root of a field's number; negative numbers give no output.",
  compute: Math.sqrt,
});
