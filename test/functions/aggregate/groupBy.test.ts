import { describe, expect, it } from "vitest";
import { errorOf, runQuery, runWithWarnings } from "../helpers.js";

// The syntax example of the functions-groupby page.
const statusEvents = [
  { status_code: 440, ip: "1.111.111.111" },
  { status_code: 500, ip: "1.111.111.111" },
  { status_code: 440, ip: "1.111.111.111" },
  { status_code: 440, ip: "2.222.222.222" },
];

describe("groupBy", () => {
  it("counts events per key by default", () => {
    expect(runQuery("groupBy(status_code)", statusEvents)).toEqual([
      { status_code: "440", _count: "3" },
      { status_code: "500", _count: "1" },
    ]);
  });

  it("gives only keys for function=[]", () => {
    expect(runQuery("groupBy(status_code, function=[])", statusEvents)).toEqual([{ status_code: "440" }, { status_code: "500" }]);
  });

  it("groups by several fields", () => {
    expect(runQuery("groupBy([status_code, ip])", statusEvents)).toEqual([
      { status_code: "440", ip: "1.111.111.111", _count: "2" },
      { status_code: "500", ip: "1.111.111.111", _count: "1" },
      { status_code: "440", ip: "2.222.222.222", _count: "1" },
    ]);
  });

  it("keeps distinct tuples apart even when joined values look alike", () => {
    const rows = runQuery("groupBy([a, b])", [{ a: "x:", b: "y" }, { a: "x", b: ":y" }]);
    expect(rows).toHaveLength(2);
  });

  it("skips events missing a key field", () => {
    expect(runQuery("groupBy(k)", [{ k: "a" }, { other: "b" }, { k: "" }])).toEqual([
      { k: "a", _count: "1" },
      { k: "", _count: "1" },
    ]);
  });

  it("combines a list of aggregates into one row", () => {
    const rows = runQuery("groupBy(k, function=[count(as=n), collect(v)])", [{ k: "a", v: "1" }, { k: "a", v: "2" }, { k: "a", v: "1" }]);
    expect(rows).toEqual([{ k: "a", n: "3", v: "1\n2" }]);
  });

  it("reads function=([...]) like function=[...]", () => {
    expect(runQuery("groupBy(k, function=([count(as=n)]))", [{ k: "a" }])).toEqual([{ k: "a", n: "1" }]);
  });

  it("runs a composite subquery per group", () => {
    // functions-groupby: function={ count() | esp := _count / 300 } computes per group.
    const events = Array.from({ length: 600 }, (_, index) => ({ k: index < 300 ? "a" : "b", x: index }));
    const rows = runQuery("groupBy(k, function={ count() | esp := _count / 300 })", events.slice(0, 450));
    expect(rows).toEqual([
      { k: "a", _count: "300", esp: "1" },
      { k: "b", _count: "150", esp: "0.5" },
    ]);
  });

  it("makes the product of multi-row aggregates", () => {
    const rows = runQuery("groupBy(k, function=[count(as=n), collect(v, multival=false)])", [{ k: "a", v: "1" }, { k: "a", v: "2" }]);
    expect(rows).toEqual([
      { k: "a", n: "2", v: "1" },
      { k: "a", n: "2", v: "2" },
    ]);
  });

  it("keeps only key and aggregate fields", () => {
    expect(runQuery("groupBy(k)", [{ k: "a", "@timestamp": "1", "#tag": "t", other: "o" }])).toEqual([{ k: "a", _count: "1" }]);
  });

  it("keeps the groups with the highest values past the limit", () => {
    // Counts: a=1, b=2, c=3. With limit=2 the two highest counts (b, c) stay, in first-seen order.
    const { events, warnings } = runWithWarnings("groupBy(k, limit=2)", [{ k: "a" }, { k: "b" }, { k: "c" }, { k: "c" }, { k: "b" }, { k: "c" }]);
    expect(events).toEqual([
      { k: "b", _count: "2" },
      { k: "c", _count: "3" },
    ]);
    expect(warnings).toEqual([
      "groupBy() found 3 groups, more than its limit of 2; it kept the groups with the highest aggregate values, so the result is incomplete",
    ]);
  });

  it("ranks groups by their largest value across all aggregate fields", () => {
    // a: n=3, m=1 (largest 3); b: n=1, m=10 (largest 10); c: n=2, m=2 (largest 2).
    const events = [
      { k: "a", v: "1" },
      { k: "a", v: "1" },
      { k: "a", v: "1" },
      { k: "b", v: "10" },
      { k: "c", v: "2" },
      { k: "c", v: "2" },
    ];
    expect(runQuery("groupBy(k, function=[count(as=n), max(v, as=m)], limit=2)", events)).toEqual([
      { k: "a", n: "3", m: "1" },
      { k: "b", n: "1", m: "10" },
    ]);
  });

  it("ranks by the aggregate output, not by the keys", () => {
    // The keys 100 and 200 are numbers, but only _count ranks: 5 (key 1) beats 1 and 1.
    const events = [{ k: "100" }, { k: "200" }, ...Array.from({ length: 5 }, () => ({ k: "1" }))];
    expect(runQuery("groupBy(k, limit=1)", events)).toEqual([{ k: "1", _count: "5" }]);
  });

  it("keeps the first groups past the limit without numeric output", () => {
    expect(runQuery("groupBy(k, function=[], limit=2)", [{ k: "a" }, { k: "b" }, { k: "c" }])).toEqual([{ k: "a" }, { k: "b" }]);
  });

  it("nests groupBy() as a function", () => {
    // functions-groupby: method totals next to the counts per method and status code.
    const events = [
      { method: "GET", statuscode: "200" },
      { method: "GET", statuscode: "200" },
      { method: "GET", statuscode: "404" },
      { method: "POST", statuscode: "200" },
    ];
    const query = "[groupBy(method, function=[count(as=method_total), groupBy(statuscode, function=count(as=method_status_count))])]";
    expect(runQuery(query, events)).toEqual([
      { method: "GET", method_total: "3", statuscode: "200", method_status_count: "2" },
      { method: "GET", method_total: "3", statuscode: "404", method_status_count: "1" },
      { method: "POST", method_total: "1", statuscode: "200", method_status_count: "1" },
    ]);
  });

  it("runs min and max of @timestamp per group", () => {
    // functions-groupby alert example: count(), min(@timestamp), max(@timestamp) per id.
    const events = [
      { id: "x", "@timestamp": "1000" },
      { id: "x", "@timestamp": "400000" },
      { id: "y", "@timestamp": "5" },
    ];
    expect(runQuery("groupBy(id, function=[count(), min(@timestamp), max(@timestamp)])", events)).toEqual([
      { id: "x", _count: "2", _min: "1000", _max: "400000" },
      { id: "y", _count: "1", _min: "5", _max: "5" },
    ]);
  });

  it("accepts repeated identical aggregates", () => {
    // A corpus dashboard lists count(as=count) twice; both write the same value.
    expect(runQuery("groupBy(k, function=[count(as=count), selectLast(@timestamp), count(as=count)])", [{ k: "a", "@timestamp": "5" }])).toEqual([
      { k: "a", count: "1", "@timestamp": "5" },
    ]);
  });

  it("accepts collect() of a field another aggregate writes", () => {
    // collect() writes _count only when an event had it, so count() decides here.
    expect(runQuery("groupBy(k, function=[count(), collect([k, _count])])", [{ k: "a" }, { k: "a" }])).toEqual([{ k: "a", _count: "2" }]);
  });

  it("fails when two aggregates write different values", () => {
    const error = errorOf(() => runQuery("groupBy(k, function=[count(as=n), collect(n)])", [{ k: "a", n: "7" }]));
    expect(error.message).toMatch(/two aggregates write the field "n" with different values \("1" and "7"\)/);
  });

  it("accepts limit=max", () => {
    expect(runQuery("groupBy(k, limit=max)", [{ k: "a" }])).toEqual([{ k: "a", _count: "1" }]);
  });

  it("rejects a limit above 1,000,000", () => {
    expect(() => runQuery("groupBy(k, limit=1000001)", [])).toThrow(/from 1 to 1,000,000, or max/);
  });

  it("lets sub-aggregates that change events work on copies", () => {
    // Each composite changes v; the second must see the input value 1, not 10.
    const rows = runQuery("groupBy(k, function=[{ v := v * 10 | n := count(v) }, { v := v + 1 | collect(v) }])", [{ k: "a", v: "1" }]);
    expect(rows).toEqual([{ k: "a", n: "1", v: "2" }]);
  });
});
