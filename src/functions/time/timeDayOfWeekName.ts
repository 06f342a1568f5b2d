/** time:dayOfWeekName(): the English name of the day of the week of a timestamp, e.g. Wednesday. */
import { NAMES, timePartFunction } from "./timePart.js";

export const timeDayOfWeekName = timePartFunction({
  part: "dayOfWeekName",
  docsPage: "functions-time-dayofweekname",
  summary: "Writes the English name of the day of the week of a timestamp, e.g. Wednesday.",
  read: (local) => NAMES.weekdays[local.dayOfWeek - 1] as string,
});
