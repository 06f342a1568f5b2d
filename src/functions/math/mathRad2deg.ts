/** math:rad2deg(): converts a field's angle from radians to degrees. */
import { unaryMath } from "./numericField.js";

export const mathRad2deg = unaryMath({
  name: "rad2deg",
  summary: "Converts a field's angle from radians to degrees.",
  compute: (value) => (value * 180) / Math.PI,
});
