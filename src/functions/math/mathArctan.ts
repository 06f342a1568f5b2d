/** math:arctan(): writes the arc tangent, in radians, of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathArctan = unaryMath({
  name: "arctan",
  summary: "Writes the arc tangent, in radians, of a field's number.",
  compute: Math.atan,
});
