/** time:hour(): the hour of a timestamp on the 24-hour clock, 0 to 23. */
import { timePartFunction } from "./timePart.js";

export const timeHour = timePartFunction({
  part: "hour",
  docsPage: "functions-time-hour",
  summary: "Writes the hour of a timestamp on the 24-hour clock, 0 to 23.",
  read: (local) => local.hour,
});
