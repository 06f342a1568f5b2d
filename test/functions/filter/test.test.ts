import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

const ids = (rows: Record<string, string>[]) => rows.map((row) => row.id);

describe("test", () => {
  const events = [
    { id: "1", field1: "1", field2: "2" },
    { id: "2", field1: "5", field2: "3" },
    { id: "3", field1: "2" },
    { id: "4", field1: "abc", field2: "3" },
  ];

  it("keeps events whose expression is true", () => {
    expect(ids(runQuery("test(field1 < field2)", events))).toEqual(["1"]);
  });

  it("drops events whose expression is null", () => {
    expect(ids(runQuery("test(field1 > 0)", events))).toEqual(["1", "2", "3"]);
  });

  it("keeps null results under negation", () => {
    // The negation keeps exactly what the plain call drops: 2 (false) and 3, 4 (null).
    expect(ids(runQuery("!test(field1 < field2)", events))).toEqual(["2", "3", "4"]);
  });

  it("compares a field with a quoted literal", () => {
    expect(ids(runQuery('test(field1 == "5")', events))).toEqual(["2"]);
  });

  it("calls functions in the expression", () => {
    // functions-test, "Check if Fields Contain Same Value".
    const rows = runQuery("test(length(userid) == length(method))", [{ userid: "Chad", method: "POST" }, { userid: "Al", method: "GET" }]);
    expect(rows).toEqual([{ userid: "Chad", method: "POST" }]);
  });

  it("reads the text true as true", () => {
    expect(runQuery("test(flag)", [{ flag: "true" }, { flag: "false" }, { flag: "x" }])).toEqual([{ flag: "true" }]);
  });

  it("uses a filter function's result", () => {
    expect(runQuery("test(in(a, values=[x]))", [{ a: "x" }, { a: "y" }])).toEqual([{ a: "x" }]);
  });

  it("runs the seed's numeric comparison on text", () => {
    expect(runQuery("test(uniquePortCount>25)", [{ uniquePortCount: "26" }, { uniquePortCount: "25" }])).toEqual([{ uniquePortCount: "26" }]);
  });
});
