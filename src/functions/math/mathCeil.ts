/** math:ceil(): writes the smallest whole number greater than or equal to a field's number. */
import { unaryMath } from "./numericField.js";

export const mathCeil = unaryMath({
  name: "ceil",
  summary: "Writes the smallest whole number greater than or equal to a field's number.",
  compute: Math.ceil,
});
