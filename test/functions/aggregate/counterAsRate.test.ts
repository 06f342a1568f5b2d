import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("counterAsRate", () => {
  it("divides the growth by the seconds between first and last point", () => {
    // (160 - 100) / ((4000 - 1000) / 1000) = 60 / 3 = 20 per second; input out of time order.
    const events = [
      { "@timestamp": "4000", counter: "160" },
      { "@timestamp": "1000", counter: "100" },
      { "@timestamp": "2000", counter: "130" },
    ];
    expect(runQuery("counterAsRate(counter)", events)).toEqual([{ _rate: "20" }]);
  });

  it("gives nothing for a counter that was reset", () => {
    const events = [
      { "@timestamp": "1000", counter: "100" },
      { "@timestamp": "2000", counter: "5" },
      { "@timestamp": "3000", counter: "50" },
    ];
    expect(runQuery("counterAsRate(counter)", events)).toEqual([]);
  });

  it("needs two points at different times", () => {
    expect(runQuery("counterAsRate(counter)", [{ "@timestamp": "1000", counter: "1" }])).toEqual([]);
    expect(runQuery("counterAsRate(counter)", [{ "@timestamp": "1000", counter: "1" }, { "@timestamp": "1000", counter: "2" }])).toEqual([]);
  });

  it("skips events without a time or a number", () => {
    // (30 - 10) / 2 s = 10 per second.
    const events = [{ counter: "0" }, { "@timestamp": "0", counter: "10" }, { "@timestamp": "1000", counter: "x" }, { "@timestamp": "2000", counter: "30" }];
    expect(runQuery("counterAsRate(counter, as=rate)", events)).toEqual([{ rate: "10" }]);
  });
});
