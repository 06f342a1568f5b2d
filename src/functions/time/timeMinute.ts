/** time:minute(): the minute of a timestamp, 0 to 59. */
import { timePartFunction } from "./timePart.js";

export const timeMinute = timePartFunction({
  part: "minute",
  docsPage: "functions-time-minute",
  summary: "Writes the minute of a timestamp, 0 to 59.",
  read: (local) => local.minute,
});
