/** math:cosh(): writes the hyperbolic cosine of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathCosh = unaryMath({
  name: "cosh",
  summary: "Writes the hyperbolic cosine of a field's number.",
  compute: Math.cosh,
});
