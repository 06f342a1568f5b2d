/** math:abs(): writes the absolute value of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathAbs = unaryMath({
  name: "abs",
  summary: "Writes the absolute value of a field's number.",
  compute: Math.abs,
});
