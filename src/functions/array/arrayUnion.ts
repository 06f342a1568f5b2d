/** array:union(): the distinct elements of an array across all events. */
import { setAggregate } from "./setAggregates.js";

export const arrayUnion = setAggregate({
  name: "array:union",
  docsPage: "functions-array-union",
  summary: "Writes one array holding every distinct element of an array across all events.",
  output: "_union",
  combine: (running, elements) => {
    const union = running ?? new Set<string>();
    for (const element of elements) {
      union.add(element);
    }
    return union;
  },
});
