/** start(): the start of the search window, in epoch milliseconds. */
import { clockFunction } from "./clockFunctions.js";
import { searchWindow } from "./timeArguments.js";

export const start = clockFunction({
  name: "start",
  docsPage: "functions-start",
  summary: "Writes the start of the search window (the run's start option) in epoch milliseconds.",
  read: (options) => searchWindow(options).start,
});
