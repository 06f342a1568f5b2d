/** math:cos(): writes the cosine of a field's number of radians. */
import { unaryMath } from "./numericField.js";

export const mathCos = unaryMath({
  name: "cos",
  summary: "Writes the cosine of a field's number of radians.",
  compute: Math.cos,
});
