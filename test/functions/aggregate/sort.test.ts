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

  it("sorts text after numbers in either order", () => {
    const mixed = [{ n: "b" }, { n: "2" }, { n: "a" }, { n: "10" }];
    expect(values(runQuery("sort(n, order=asc)", mixed), "n")).toEqual(["2", "10", "a", "b"]);
    expect(values(runQuery("sort(n, order=desc)", mixed), "n")).toEqual(["10", "2", "b", "a"]);
  });

  it("reads type=any like type=number", () => {
    expect(values(runQuery("sort(n, type=any, order=asc)", events), "n")).toEqual(["9", "10", "100", "x", undefined]);
  });

  it("accepts ascending and descending", () => {
    expect(values(runQuery("sort(n, order=ascending, limit=2)", events), "n")).toEqual(["9", "10"]);
    expect(values(runQuery("sort(n, order=DESCENDING, limit=1)", events), "n")).toEqual(["100"]);
  });

  it("accepts prefixes such as des and asce", () => {
    expect(values(runQuery("sort(n, order=des, limit=1)", events), "n")).toEqual(["100"]);
    expect(values(runQuery("sort(n, order=asce, limit=1)", events), "n")).toEqual(["9"]);
  });

  it("applies one type per field", () => {
    const rows = runQuery("sort([a, b], type=[string, number], order=asc)", [
      { a: "x", b: "10" },
      { a: "x", b: "9" },
      { a: "10", b: "1" },
    ]);
    expect(rows).toEqual([{ a: "10", b: "1" }, { a: "x", b: "9" }, { a: "x", b: "10" }]);
  });

  it("rejects a type list of the wrong length", () => {
    expect(() => runQuery("sort([a, b, c], type=[string, number])", [])).toThrow(/type has 2 values for 3 fields/);
  });

  it("rejects an unknown order", () => {
    expect(() => runQuery("sort(n, order=up)", [])).toThrow(/invalid order "up": expected asc or desc/);
  });
});
