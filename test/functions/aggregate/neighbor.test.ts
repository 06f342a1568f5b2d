import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const keys = (...values: string[]) => values.map((key) => ({ key }));

describe("neighbor", () => {
  it("copies the preceding event's field under a prefix", () => {
    // functions-neighbor example 1.
    expect(runQuery("head() | neighbor(key, prefix=prev)", keys("a", "a", "b", "c"))).toEqual([
      { key: "a" },
      { key: "a", "prev.key": "a" },
      { key: "b", "prev.key": "a" },
      { key: "c", "prev.key": "b" },
    ]);
  });

  it("looks at succeeding events", () => {
    // functions-neighbor example 2.
    expect(runQuery("head() | neighbor(key, prefix=succ, direction=succeeding)", keys("a", "a", "b", "c"))).toEqual([
      { key: "a", "succ.key": "a" },
      { key: "a", "succ.key": "b" },
      { key: "b", "succ.key": "c" },
      { key: "c" },
    ]);
  });

  it("looks further with distance", () => {
    // functions-neighbor example 3.
    expect(runQuery("head() | neighbor(key, prefix=prev, distance=2)", keys("a", "a", "b", "c"))).toEqual([
      { key: "a" },
      { key: "a" },
      { key: "b", "prev.key": "a" },
      { key: "c", "prev.key": "a" },
    ]);
  });

  it("overwrites the fields without a prefix", () => {
    expect(runQuery("neighbor(key)", keys("a", "b"))).toEqual([{ key: "a" }, { key: "a" }]);
  });

  it("skips fields the neighbour lacks", () => {
    expect(runQuery("neighbor([a, b], prefix=p)", [{ a: "1" }, { a: "2", b: "x" }])).toEqual([{ a: "1" }, { a: "2", b: "x", "p.a": "1" }]);
  });

  it("feeds a difference calculation", () => {
    // functions-neighbor example "Detect Changes And Compute Differences Between Events - Example 1".
    const events = ["3", "5.5", "4", "10"].map((value) => ({ value }));
    expect(runQuery("head() | neighbor(value, prefix=prev) | change := value - prev.value | change > 5", events)).toEqual([
      { value: "10", "prev.value": "4", change: "6" },
    ]);
  });

  it("rejects a distance above 10,000", () => {
    expect(errorOf(() => runQuery("neighbor(key, distance=10001)", [])).message).toMatch(/invalid value for distance/);
  });
});
