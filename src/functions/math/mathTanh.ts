/** math:tanh(): writes the hyperbolic tangent of a field's number. */
import { unaryMath } from "./numericField.js";

export const mathTanh = unaryMath({
  name: "tanh",
  summary: "Writes the hyperbolic tangent of a field's number.",
  compute: Math.tanh,
});
