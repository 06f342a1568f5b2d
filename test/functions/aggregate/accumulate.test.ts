import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const values = (...numbers: number[]) => numbers.map((value, index) => ({ "@timestamp": String(index), value: String(value) }));

describe("accumulate", () => {
  it("adds a running average to every event", () => {
    // functions-accumulate example: 5, 6, 1, 2 give 5, 11/2, 12/3, 14/4.
    const rows = runQuery("head() | accumulate(avg(value))", values(5, 6, 1, 2));
    expect(rows.map((row) => row._avg)).toEqual(["5", "5.5", "4", "3.5"]);
    expect(rows[0]).toEqual({ "@timestamp": "0", value: "5", _avg: "5" });
  });

  it("leaves out the current event with current=exclude", () => {
    // Sums of the earlier events: none -> 0, 5, 5 + 6, 5 + 6 + 1.
    const rows = runQuery("accumulate(sum(value), current=exclude)", values(5, 6, 1, 2));
    expect(rows.map((row) => row._sum)).toEqual(["0", "5", "11", "12"]);
  });

  it("accumulates per group", () => {
    // functions-accumulate example "Compute Cumulative Aggregation For Specific Group".
    const events = [
      { key: "a", value: "5" },
      { key: "b", value: "6" },
      { key: "a", value: "1" },
      { key: "c", value: "2" },
      { key: "b", value: "6" },
    ];
    expect(runQuery("head() | groupBy(key, function = accumulate(sum(value)))", events)).toEqual([
      { key: "a", value: "5", _sum: "5" },
      { key: "a", value: "1", _sum: "6" },
      { key: "b", value: "6", _sum: "6" },
      { key: "b", value: "6", _sum: "12" },
      { key: "c", value: "2", _sum: "2" },
    ]);
  });

  it("adds nothing while an aggregate has no row", () => {
    const rows = runQuery("accumulate(avg(value))", [{ id: "1" }, { id: "2", value: "4" }]);
    expect(rows).toEqual([{ id: "1" }, { id: "2", value: "4", _avg: "4" }]);
  });

  it("combines several aggregates and subqueries", () => {
    const events = [{ s: "ok" }, { s: "fail" }, { s: "fail" }];
    const rows = runQuery('accumulate([count(as=seen), { s="fail" | count(as=failures) }])', events);
    expect(rows.map((row) => [row.seen, row.failures])).toEqual([
      ["1", "0"],
      ["2", "1"],
      ["3", "2"],
    ]);
  });

  it("rejects an aggregate with several rows", () => {
    const error = errorOf(() => runQuery("accumulate(collect(v, multival=false))", [{ v: "1" }, { v: "2" }]));
    expect(error.message).toMatch(/accumulate\(\) needs aggregates that yield at most one row, but one yielded 2/);
  });

  it("requires a function", () => {
    expect(errorOf(() => runQuery("accumulate(current=exclude)", [])).message).toMatch(/missing required argument function/);
  });
});
