/** now(): the time the query runs, in epoch milliseconds. */
import { clockFunction } from "./clockFunctions.js";
import { runNow } from "./timeArguments.js";

export const now = clockFunction({
  name: "now",
  docsPage: "functions-now",
  summary: "Writes the time the query runs (the run's now option) in epoch milliseconds.",
  read: runNow,
});
