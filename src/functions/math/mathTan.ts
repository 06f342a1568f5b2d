/** math:tan(): writes the tangent of a field's number of radians. */
import { unaryMath } from "./numericField.js";

export const mathTan = unaryMath({
  name: "tan",
  summary: "Writes the tangent of a field's number of radians.",
  compute: Math.tan,
});
