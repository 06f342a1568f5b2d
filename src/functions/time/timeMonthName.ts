/** time:monthName(): the English name of the month of a timestamp, e.g. August. */
import { NAMES, timePartFunction } from "./timePart.js";

export const timeMonthName = timePartFunction({
  part: "monthName",
  docsPage: "functions-time-monthname",
  summary: "Writes the English name of the month of a timestamp, e.g. August.",
  read: (local) => NAMES.months[local.month - 1] as string,
});
