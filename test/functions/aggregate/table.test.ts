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

  it("sorts ascending with the deprecated reverse=false", () => {
    expect(runQuery("table([a], reverse=false)", events)).toEqual([{ a: "x" }, { a: "z" }, { a: "y" }]);
  });

  it("sorts text by code unit with type=string", () => {
    expect(runQuery("table([a], sortby=a, type=string, order=asc)", events)).toEqual([{ a: "x" }, { a: "y" }, { a: "z" }]);
  });

  it("rejects an empty order list", () => {
    expect(() => runQuery("table([a], order=[])", events)).toThrow(/invalid value for order: give at least 1 value/);
  });
});
