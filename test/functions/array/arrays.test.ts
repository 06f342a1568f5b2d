import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const EVENT = { a: ["x", "y", "x", "z"], n: ["1", "5", "10"] };

describe("array filters", () => {
  it("array:contains matches exact elements", () => {
    expect(runQuery('array:contains("a[]", value=y)', [EVENT, { a: ["Y"] }, {}])).toHaveLength(1);
  });

  it("array:contains negated keeps the rest, missing arrays included", () => {
    expect(runQuery('!array:contains("a[]", value=y)', [EVENT, { a: ["q"] }, {}])).toEqual([{ "a[0]": "q" }, {}]);
  });

  it("array:regex stays fast on a long element", () => {
    // (a+)+$ against 40 a's and a final x backtracks exponentially in a plain RegExp; no match.
    expect(runQuery('array:regex("a[]", regex="(a+)+$")', [{ a: ["a".repeat(40) + "x"] }])).toHaveLength(0);
  });

  it("array:regex honours flags", () => {
    expect(runQuery('array:regex("a[]", regex="^Z$", flags=i)', [EVENT, { a: ["q"] }])).toHaveLength(1);
    expect(runQuery('array:regex("a[]", regex="^Z$")', [EVENT])).toHaveLength(0);
  });

  it("array:exists binds each element to var", () => {
    expect(runQuery('array:exists("n[]", condition={x > 7}, var=x)', [EVENT, { n: ["1", "2"] }])).toHaveLength(1);
    // Without var the element is the field named like the array.
    expect(runQuery('array:exists("n[]", condition={test(n > 7)})', [EVENT])).toHaveLength(1);
  });

  it("objectArray:exists reads element fields", () => {
    const events = [{ u: [{ name: "a", id: 1 }, { name: "b" }] }, { u: [{ name: "c" }] }];
    expect(runQuery('objectArray:exists("u[]", condition={x.id=1}, var=x)', events)).toHaveLength(1);
  });

  it("rejects an array name without []", () => {
    expect(errorOf(() => runQuery("array:contains(a, value=y)", [])).message).toMatch(/must end in \[\]/);
  });
});

describe("array transformations", () => {
  it("array:length counts up to the first gap", () => {
    const out = runQuery('array:length("a[]") | l := array:length("zz[]")', [{ "a[0]": "p", "a[1]": "q", "a[3]": "s" }]);
    expect(out[0]).toMatchObject({ _length: "2", l: "0" });
  });

  it("array:append adds after the last element", () => {
    expect(runQuery('array:append("a[]", values=[w, v])', [{ a: ["x"] }, {}])).toEqual([
      { "a[0]": "x", "a[1]": "w", "a[2]": "v" },
      { "a[0]": "w", "a[1]": "v" },
    ]);
  });

  it("array:drop removes elements and their nested fields", () => {
    expect(runQuery('array:drop("a[]")', [{ a: ["x", { b: 1 }], ab: "1" }])).toEqual([{ ab: "1" }]);
  });

  it("array:dedup keeps first occurrences", () => {
    const out = runQuery('array:dedup("a[]", asArray="d[]")', [EVENT]);
    expect([out[0]?.["d[0]"], out[0]?.["d[1]"], out[0]?.["d[2]"], out[0]?.["d[3]"]]).toEqual(["x", "y", "z", undefined]);
  });

  it("array:filter keeps passing elements renumbered", () => {
    const out = runQuery('array:filter("n[]", function={test(x > 3)}, var=x, asArray="big[]")', [EVENT]);
    expect(out[0]).toMatchObject({ "big[0]": "5", "big[1]": "10" });
    expect(out[0]?.["big[2]"]).toBeUndefined();
  });

  it("array:eval maps each element", () => {
    // 1*1, 5*5, 10*10.
    const out = runQuery('array:eval("n[]", asArray="sq[]", function={sq := x * x}, var=x)', [EVENT]);
    expect(out[0]).toMatchObject({ "sq[0]": "1", "sq[1]": "25", "sq[2]": "100" });
  });

  it("objectArray:eval maps each object", () => {
    const out = runQuery('objectArray:eval("u[]", var=x, function={names := concat([x.name, x.id])}, asArray="names[]")', [{ u: [{ name: "a", id: 1 }, { name: "b" }] }]);
    expect(out[0]).toMatchObject({ "names[0]": "a1", "names[1]": "b" });
  });

  it("leave events without the array unchanged", () => {
    expect(runQuery('array:dedup("a[]") | array:filter("a[]", function={a=x})', [{ b: "1" }])).toEqual([{ b: "1" }]);
  });
});

describe("array aggregates", () => {
  it("array:reduceAll aggregates over every element", () => {
    // 4 elements in the first event and 1 in the second: 5 in all.
    const out = runQuery('array:reduceAll("a[]", function=[count(), collect(v)], var=v)', [EVENT, { a: ["q"] }]);
    expect(out).toEqual([{ _count: "5", v: "x\ny\nz\nq" }]);
  });

  it("array:union and array:intersection", () => {
    const events = [EVENT, { a: ["q", "x"] }];
    expect(runQuery('array:union("a[]")', events)).toEqual([{ "_union[0]": "x", "_union[1]": "y", "_union[2]": "z", "_union[3]": "q" }]);
    expect(runQuery('array:intersection("a[]", as=i)', events)).toEqual([{ "i[0]": "x" }]);
  });
});

describe("per-element arguments", () => {
  it("take a filter call without braces", () => {
    const query = 'array:exists(array="tags[]", condition=in(field=tags, values=["ks", "auto"], ignoreCase=true))';
    expect(runQuery(query, [{ tags: ["x", "KS"] }, { tags: ["y"] }])).toHaveLength(1);
  });

  it("default var to the array name for objects", () => {
    const query = 'objectArray:eval(array="e[]", asArray="ip[]", function={ e.kind = "ip" | ip := e.name })';
    const out = runQuery(query, [{ e: [{ kind: "ip", name: "10.0.0.1" }, { kind: "domain", name: "example.com" }, { kind: "ip", name: "10.0.0.2" }] }]);
    expect(out[0]).toMatchObject({ "ip[0]": "10.0.0.1", "ip[1]": "10.0.0.2" });
    expect(out[0]?.["ip[2]"]).toBeUndefined();
  });

  it("reject other kinds of value", () => {
    expect(errorOf(() => runQuery('array:exists("a[]", condition="x")', [])).message).toMatch(/condition must be a \{ \.\.\. \} subquery or a function call/);
  });
});
