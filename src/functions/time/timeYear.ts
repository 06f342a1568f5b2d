/** time:year(): the year of a timestamp (4 digits for years 1000-9999). */
import { timePartFunction } from "./timePart.js";

export const timeYear = timePartFunction({
  part: "year",
  docsPage: "functions-time-year",
  summary: "Writes the year of a timestamp (4 digits for years 1000-9999).",
  read: (local) => local.year,
});
