/** end(): the end of the search window, in epoch milliseconds. */
import { clockFunction } from "./clockFunctions.js";
import { searchWindow } from "./timeArguments.js";

export const end = clockFunction({
  name: "end",
  docsPage: "functions-end",
  summary: "Writes the end of the search window (the run's end option, else now) in epoch milliseconds.",
  read: (options) => searchWindow(options).end,
});
