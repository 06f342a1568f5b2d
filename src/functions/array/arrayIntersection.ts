/** array:intersection(): the elements an array has in every event. */
import { setAggregate } from "./setAggregates.js";

export const arrayIntersection = setAggregate({
  name: "array:intersection",
  docsPage: "functions-array-intersection",
  summary: "Writes one array holding the elements that the array has in every event.",
  output: "_intersection",
  combine: (running, elements) => (running === undefined ? elements : new Set([...running].filter((element) => elements.has(element)))),
});
