/** math:log2(): writes the base-2 logarithm of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathLog2 = unaryMath({
  name: "log2",
  summary: "Writes the base-2 logarithm of a field's number.",
  compute: Math.log2,
});
