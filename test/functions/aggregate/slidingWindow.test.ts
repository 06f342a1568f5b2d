import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const values = (...numbers: number[]) => numbers.map((value) => ({ value: String(value) }));

describe("slidingWindow", () => {
  it("aggregates the last events, current included", () => {
    // Windows of 2: [1], [1, 2], [2, 3], [3, 4] sum to 1, 3, 5, 7.
    expect(runQuery("slidingWindow(sum(value), events=2)", values(1, 2, 3, 4)).map((row) => row._sum)).toEqual(["1", "3", "5", "7"]);
  });

  it("leaves out the current event with current=exclude", () => {
    // Windows of the 2 events before: [], [1], [1, 2], [2, 3].
    const rows = runQuery("slidingWindow(sum(value), events=2, current=exclude)", values(1, 2, 3, 4));
    expect(rows.map((row) => row._sum)).toEqual(["0", "1", "3", "5"]);
  });

  it("detects an upward trend", () => {
    // functions-slidingwindow example "Detect Continuously Upwards Going Trend".
    const query =
      "head() | neighbor(value, prefix=prev) | change := value - prev.value" +
      " | slidingWindow([{change >= 0 | count(as=positiveTrend)}, {change < 0 | count(as=negativeTrend)}], events=2)" +
      " | positiveTrend >= 2";
    expect(runQuery(query, values(3, 5.5, 4, 6, 10))).toEqual([{ value: "10", "prev.value": "6", change: "4", positiveTrend: "2", negativeTrend: "0" }]);
  });

  it("rejects more than 1,000 events", () => {
    expect(errorOf(() => runQuery("slidingWindow(count(), events=1001)", [])).message).toMatch(/invalid value for events/);
  });
});
