import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

const events = [
  { "@timestamp": "3", id: "c" },
  { "@timestamp": "1", id: "a" },
  { "@timestamp": "2", id: "b" },
  { "@timestamp": "4", id: "d" },
];
const ids = (rows: Record<string, string>[]) => rows.map((row) => row.id);

describe("head", () => {
  it("keeps the oldest events, oldest first", () => {
    expect(ids(runQuery("head(2)", events))).toEqual(["a", "b"]);
  });

  it("keeps 200 by default", () => {
    const many = Array.from({ length: 250 }, (_, index) => ({ "@timestamp": String(index) }));
    expect(runQuery("head()", many)).toHaveLength(200);
  });

  it("uses input order without timestamps", () => {
    expect(runQuery("head(1)", [{ id: "x" }, { id: "y" }])).toEqual([{ id: "x" }]);
  });

  it("counts in sort order after sort()", () => {
    // query-howto-limiting: after an aggregation head() takes the first rows it emitted.
    expect(ids(runQuery("sort(id, type=string, order=desc) | head(2)", events))).toEqual(["d", "c"]);
  });

  it("counts in groupBy's row order", () => {
    const rows = runQuery("groupBy(id) | head(1)", events);
    expect(rows).toEqual([{ id: "c", _count: "1" }]);
  });

  it("keeps whole events", () => {
    expect(runQuery("head(1)", [{ a: "1", b: "2" }])).toEqual([{ a: "1", b: "2" }]);
  });
});
