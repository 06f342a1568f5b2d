/** math:arcsin(): writes the arc sine, in radians, of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathArcsin = unaryMath({
  name: "arcsin",
  summary: "Writes the arc sine, in radians, of a field's number.",
  compute: Math.asin,
});
