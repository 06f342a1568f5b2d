/** math:sin(): writes the sine of a field's number of radians. */
import { unaryMath } from "./numericField.js";

export const mathSin = unaryMath({
  name: "sin",
  summary: "Writes the sine of a field's number of radians.",
  compute: Math.sin,
});
