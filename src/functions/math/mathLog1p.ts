/** math:log1p(): writes the natural logarithm of 1 plus a field's number (precise near 0). */
import { unaryMath } from "./numericField.js";

export const mathLog1p = unaryMath({
  name: "log1p",
  summary: "Writes the natural logarithm of 1 plus a field's number (precise near 0).",
  compute: Math.log1p,
});
