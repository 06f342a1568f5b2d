import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

const events = [
  { "@timestamp": "3", id: "c" },
  { "@timestamp": "1", id: "a" },
  { "@timestamp": "2", id: "b" },
  { "@timestamp": "4", id: "d" },
];
const ids = (rows: Record<string, string>[]) => rows.map((row) => row.id);

describe("tail", () => {
  it("keeps the newest events, emitted oldest first", () => {
    expect(ids(runQuery("tail(2)", events))).toEqual(["c", "d"]);
  });

  it("counts in sort order after sort()", () => {
    // query-howto-limiting: after an aggregation tail() takes the last rows it emitted.
    expect(ids(runQuery("sort(id, type=string, order=desc) | tail(2)", events))).toEqual(["b", "a"]);
  });

  it("falls back to @ingesttimestamp", () => {
    const mixed = [{ "@ingesttimestamp": "5", id: "late" }, { "@timestamp": "3", id: "early" }, { id: "untimed" }];
    expect(ids(runQuery("tail(2)", mixed))).toEqual(["early", "late"]);
  });

  it("deduplicates per group with tail(1)", () => {
    // functions-groupby example "Deduplicate Content by Field": groupBy(field, function=tail(1)).
    const rows = runQuery("groupBy(k, function=tail(1))", [
      { "@timestamp": "1", k: "a", v: "old" },
      { "@timestamp": "2", k: "a", v: "new" },
      { "@timestamp": "1", k: "b", v: "only" },
    ]);
    expect(rows).toEqual([
      { k: "a", "@timestamp": "2", v: "new" },
      { k: "b", "@timestamp": "1", v: "only" },
    ]);
  });

  it("rejects limit=0", () => {
    expect(() => runQuery("tail(0)", [])).toThrow(/from 1 to 200,000/);
  });
});
