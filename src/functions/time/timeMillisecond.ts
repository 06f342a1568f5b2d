/** time:millisecond(): the millisecond of a timestamp, 0 to 999. */
import { timePartFunction } from "./timePart.js";

export const timeMillisecond = timePartFunction({
  part: "millisecond",
  docsPage: "functions-time-millisecond",
  summary: "Writes the millisecond of a timestamp, 0 to 999.",
  read: (local) => local.millisecond,
});
