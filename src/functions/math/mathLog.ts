/** math:log(): writes the natural logarithm of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathLog = unaryMath({
  name: "log",
  summary: "Writes the natural logarithm of a field's number.",
  compute: Math.log,
});
