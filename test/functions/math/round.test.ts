import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

describe("round", () => {
  it("rounds to the nearest whole number", () => {
    // functions-round example "Basic Rounding": 3.2 to 3, 3.7 to 4.
    expect(runQuery("round(myvalue)", [{ myvalue: "3.2" }, { myvalue: "3.7" }]).map((row) => row.myvalue)).toEqual(["3", "4"]);
  });

  it("rounds halves up", () => {
    expect(runQuery("r := round(n)", [{ n: "2.5" }, { n: "-2.5" }]).map((row) => row.r)).toEqual(["3", "-2"]);
  });

  it("rounds down and up with how", () => {
    // Docs example "Rounding Within a Timechart": floor turns 10.8 into 10.
    expect(runQuery("round(a, how=floor) | round(b, how=ceil)", [{ a: "10.8", b: "10.2" }])).toEqual([{ a: "10", b: "11" }]);
  });

  it("leaves values that are not numbers", () => {
    expect(runQuery("round(n)", [{ n: "n/a" }, {}])).toEqual([{ n: "n/a" }, {}]);
  });

  it("rejects an unknown method", () => {
    expect(errorOf(() => runQuery("round(n, how=truncate)", [])).message).toMatch(/"truncate" is not one of/);
  });
});
