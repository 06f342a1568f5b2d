/** time:dayOfWeek(): the ISO day of the week of a timestamp, 1 for Monday to 7 for Sunday. */
import { timePartFunction } from "./timePart.js";

export const timeDayOfWeek = timePartFunction({
  part: "dayOfWeek",
  docsPage: "functions-time-dayofweek",
  summary: "Writes the ISO day of the week of a timestamp, 1 for Monday to 7 for Sunday.",
  read: (local) => local.dayOfWeek,
});
