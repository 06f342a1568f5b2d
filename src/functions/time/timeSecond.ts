/** time:second(): the second of a timestamp, 0 to 59. */
import { timePartFunction } from "./timePart.js";

export const timeSecond = timePartFunction({
  part: "second",
  docsPage: "functions-time-second",
  summary: "Writes the second of a timestamp, 0 to 59.",
  read: (local) => local.second,
});
