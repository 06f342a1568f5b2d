/** time:weekOfYear(): the ISO-8601 week number of a timestamp, 1 to 53. */
import { isoWeek, timePartFunction } from "./timePart.js";

export const timeWeekOfYear = timePartFunction({
  part: "weekOfYear",
  docsPage: "functions-time-weekofyear",
  summary: "Writes the ISO-8601 week number of a timestamp, 1 to 53.",
  read: isoWeek,
});
