import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("stdDev", () => {
  it("computes the population standard deviation", () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, 32 / 8 = 4, root 2.
    const values = ["2", "4", "4", "4", "5", "5", "7", "9"];
    expect(runQuery("stdDev(x)", values.map((x) => ({ x })))).toEqual([{ _stddev: "2" }]);
  });

  it("writes to as with :=", () => {
    // 1 and 3: mean 2, deviations 1 and 1, variance 1.
    expect(runQuery("stdDevBytes := stdDev(field=bytes_sent)", [{ bytes_sent: "1" }, { bytes_sent: "3" }])).toEqual([{ stdDevBytes: "1" }]);
  });

  it("gives 0 for one number and skips other values", () => {
    expect(runQuery("stdDev(x)", [{ x: "5" }, { x: "five" }])).toEqual([{ _stddev: "0" }]);
  });

  it("stays precise for large values", () => {
    // 1e9 + 1, 1e9 + 3: deviations of 1 around 1e9 + 2.
    expect(runQuery("stdDev(x)", [{ x: "1000000001" }, { x: "1000000003" }])).toEqual([{ _stddev: "1" }]);
  });

  it("emits no row without a number", () => {
    expect(runQuery("stdDev(x)", [])).toEqual([]);
  });
});
