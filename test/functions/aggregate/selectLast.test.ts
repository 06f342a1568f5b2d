import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("selectLast", () => {
  it("collects fields from different events", () => {
    // functions-selectlast: {id:a, from:x}, {id:a, to:x} give one {id, from, to} row.
    expect(runQuery("groupBy(id, function=selectLast([from, to]))", [{ id: "a", from: "x" }, { id: "a", to: "x" }])).toEqual([
      { id: "a", from: "x", to: "x" },
    ]);
  });

  it("takes the value of the newest event", () => {
    const events = [
      { "@timestamp": "3", v: "newest" },
      { "@timestamp": "1", v: "oldest" },
      { "@timestamp": "2", v: "middle" },
    ];
    expect(runQuery("selectLast(v)", events)).toEqual([{ v: "newest" }]);
  });

  it("takes the later input for equal or missing timestamps", () => {
    expect(runQuery("selectLast(v)", [{ v: "1" }, { v: "2" }])).toEqual([{ v: "2" }]);
    expect(runQuery("selectLast(v)", [{ "@timestamp": "5", v: "1" }, { "@timestamp": "5", v: "2" }])).toEqual([{ v: "2" }]);
  });

  it("prefers a timed event over an untimed one", () => {
    expect(runQuery("selectLast(v)", [{ "@timestamp": "5", v: "timed" }, { v: "untimed" }])).toEqual([{ v: "timed" }]);
  });

  it("selects @timestamp like max(@timestamp)", () => {
    const events = [{ "@timestamp": "20" }, { "@timestamp": "30" }, { "@timestamp": "10" }];
    expect(runQuery("selectLast([@timestamp])", events)).toEqual([{ "@timestamp": "30" }]);
  });

  it("emits no row when no event had a field", () => {
    expect(runQuery("selectLast([a, b])", [{ c: "1" }])).toEqual([]);
  });
});
