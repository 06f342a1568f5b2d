import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("avg", () => {
  it("averages the numbers of a field into _avg", () => {
    // functions-stats: the mean of 1, 2, 9, 10 is 22 / 4 = 5.5.
    expect(runQuery("avg(x)", [{ x: "1" }, { x: "2" }, { x: "9" }, { x: "10" }])).toEqual([{ _avg: "5.5" }]);
  });

  it("prints a whole mean without a decimal point", () => {
    expect(runQuery("avg(x)", [{ x: "2" }, { x: "4" }])).toEqual([{ _avg: "3" }]);
  });

  it("skips values that are not numbers", () => {
    expect(runQuery("avg(x)", [{ x: "2" }, { x: "N/A" }, {}, { x: "4" }])).toEqual([{ _avg: "3" }]);
  });

  it("emits no row without any number", () => {
    expect(runQuery("avg(x)", [{ x: "N/A" }])).toEqual([]);
  });

  it("adds nothing to combined rows without any number", () => {
    // functions-stats example 2: avg(y) over y=N/A leaves the other aggregates' rows alone.
    const events = [{ x: "1", y: "N/A" }, { x: "2", y: "N/A" }];
    expect(runQuery("stats([sum(x, as=sumX), avg(y, as=avgY), table([x, y], sortby=x, order=asc)])", events)).toEqual([
      { sumX: "3", x: "1", y: "N/A" },
      { sumX: "3", x: "2", y: "N/A" },
    ]);
  });

  it("rejects an empty as", () => {
    expect(errorOf(() => runQuery('avg(x, as="")', [])).message).toMatch(/must not be empty/);
  });
});
