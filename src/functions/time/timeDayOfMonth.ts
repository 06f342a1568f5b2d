/** time:dayOfMonth(): the day of the month of a timestamp, 1 to 31. */
import { timePartFunction } from "./timePart.js";

export const timeDayOfMonth = timePartFunction({
  part: "dayOfMonth",
  docsPage: "functions-time-dayofmonth",
  summary: "Writes the day of the month of a timestamp, 1 to 31.",
  read: (local) => local.day,
});
