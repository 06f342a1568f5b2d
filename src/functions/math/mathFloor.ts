/** math:floor(): writes the largest whole number less than or equal to a field's number. */
import { unaryMath } from "./numericField.js";

export const mathFloor = unaryMath({
  name: "floor",
  summary: "Writes the largest whole number less than or equal to a field's number.",
  compute: Math.floor,
});
