import { describe, expect, it } from "vitest";
import { runQuery, runWithWarnings } from "../helpers.js";

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

  it("stops adding groups at the limit and warns", () => {
    const { events, warnings } = runWithWarnings("groupBy(k, limit=2)", [{ k: "a" }, { k: "b" }, { k: "c" }, { k: "a" }]);
    expect(events).toEqual([
      { k: "a", _count: "2" },
      { k: "b", _count: "1" },
    ]);
    expect(warnings).toEqual(["groupBy() reached its limit of 2 groups; events of further groups were ignored, so the result is incomplete"]);
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
