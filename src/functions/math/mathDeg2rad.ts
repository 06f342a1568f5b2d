/** math:deg2rad(): converts a field's angle from degrees to radians. */
import { unaryMath } from "./numericField.js";

export const mathDeg2rad = unaryMath({
  name: "deg2rad",
  summary: "Converts a field's angle from degrees to radians.",
  compute: (value) => (value * Math.PI) / 180,
});
