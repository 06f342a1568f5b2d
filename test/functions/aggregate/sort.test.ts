import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

const values = (rows: Record<string, string>[], field: string) => rows.map((row) => row[field]);

describe("sort", () => {
  const events = [{ n: "10" }, { n: "9" }, { n: "x" }, {}, { n: "100" }];

  it("sorts numbers descending by default", () => {
    expect(values(runQuery("sort(n)", events), "n")).toEqual(["100", "10", "9", "x", undefined]);
  });

  it("sorts ascending with order=asc, unreadable values last", () => {
    expect(values(runQuery("sort(n, order=asc)", events), "n")).toEqual(["9", "10", "100", "x", undefined]);
  });

  it("sorts strings by code unit", () => {
    expect(values(runQuery("sort(n, type=string, order=asc)", events), "n")).toEqual(["10", "100", "9", "x", undefined]);
  });

  it("sorts hex values", () => {
    const rows = runQuery("sort(h, type=hex, order=asc)", [{ h: "0x1F" }, { h: "a" }, { h: "2" }]);
    expect(values(rows, "h")).toEqual(["2", "a", "0x1F"]);
  });

  it("sorts by several fields with one order each", () => {
    const rows = runQuery("sort([a, b], order=[asc, desc])", [
      { a: "1", b: "1" },
      { a: "2", b: "5" },
      { a: "1", b: "3" },
    ]);
    expect(rows).toEqual([{ a: "1", b: "3" }, { a: "1", b: "1" }, { a: "2", b: "5" }]);
  });

  it("keeps the first limit events", () => {
    expect(values(runQuery("sort(n, limit=2)", events), "n")).toEqual(["100", "10"]);
  });

  it("keeps input order for equal keys", () => {
    const rows = runQuery("sort(n)", [{ n: "1", id: "a" }, { n: "1", id: "b" }]);
    expect(values(rows, "id")).toEqual(["a", "b"]);
  });

  it("sorts _count by default", () => {
    expect(values(runQuery("groupBy(k) | sort()", [{ k: "a" }, { k: "b" }, { k: "b" }]), "k")).toEqual(["b", "a"]);
  });

  it("rejects an unknown order", () => {
    expect(() => runQuery("sort(n, order=up)", [])).toThrow(/invalid order "up"/);
  });
});
