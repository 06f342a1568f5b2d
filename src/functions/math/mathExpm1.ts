/** math:expm1(): writes e raised to the power of a field's number, minus 1 (precise near 0). */
import { unaryMath } from "./numericField.js";

export const mathExpm1 = unaryMath({
  name: "expm1",
  summary: "Writes e raised to the power of a field's number, minus 1 (precise near 0).",
  compute: Math.expm1,
});
