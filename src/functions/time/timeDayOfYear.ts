/** time:dayOfYear(): the day of the year of a timestamp, 1 to 366. */
import { timePartFunction } from "./timePart.js";

export const timeDayOfYear = timePartFunction({
  part: "dayOfYear",
  docsPage: "functions-time-dayofyear",
  summary: "Writes the day of the year of a timestamp, 1 to 366.",
  read: (local) => local.dayOfYear,
});
