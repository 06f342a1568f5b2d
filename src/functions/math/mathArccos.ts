/** math:arccos(): writes the arc cosine, in radians, of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathArccos = unaryMath({
  name: "arccos",
  summary: "Writes the arc cosine, in radians, of a field's number.",
  compute: Math.acos,
});
