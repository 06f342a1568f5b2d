/** time:month(): the month of a timestamp, 1 for January to 12 for December. */
import { timePartFunction } from "./timePart.js";

export const timeMonth = timePartFunction({
  part: "month",
  docsPage: "functions-time-month",
  summary: "Writes the month of a timestamp, 1 for January to 12 for December.",
  read: (local) => local.month,
});
