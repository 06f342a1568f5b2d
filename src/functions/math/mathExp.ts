/** math:exp(): writes e raised to the power of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathExp = unaryMath({
  name: "exp",
  summary: "Writes e raised to the power of a field's number.",
  compute: Math.exp,
});
