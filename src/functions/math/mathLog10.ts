/** math:log10(): writes the base-10 logarithm of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathLog10 = unaryMath({
  name: "log10",
  summary: "Writes the base-10 logarithm of a field's number.",
  compute: Math.log10,
});
