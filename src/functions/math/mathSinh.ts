/** math:sinh(): writes the hyperbolic sine of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathSinh = unaryMath({
  name: "sinh",
  summary: "Writes the hyperbolic sine of a field's number.",
  compute: Math.sinh,
});
