import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("table", () => {
  const events = [
    { "@timestamp": "1", a: "x", b: "1", c: "drop" },
    { "@timestamp": "3", a: "y" },
    { "@timestamp": "2", a: "z", b: "3" },
  ];

  it("keeps the listed fields, newest first", () => {
    expect(runQuery("table([a, b])", events)).toEqual([{ a: "y" }, { a: "z", b: "3" }, { a: "x", b: "1" }]);
  });

  it("sorts by sortby and order", () => {
    expect(runQuery("table([a], sortby=b, order=asc)", events)).toEqual([{ a: "x" }, { a: "z" }, { a: "y" }]);
  });

  it("keeps limit rows", () => {
    expect(runQuery("table(a, limit=1)", events)).toEqual([{ a: "y" }]);
  });
});
