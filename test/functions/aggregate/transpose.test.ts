import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

// The groupBy(loglevel) table of the functions-transpose page.
const levels = [
  { loglevel: "ERROR", _count: "2" },
  { loglevel: "WARN", _count: "400" },
  { loglevel: "INFO", _count: "200" },
];

describe("transpose", () => {
  it("makes one row per field with row[i] columns", () => {
    expect(runQuery("transpose()", levels)).toEqual([
      { column: "_count", "row[1]": "2", "row[2]": "400", "row[3]": "200" },
      { column: "loglevel", "row[1]": "ERROR", "row[2]": "WARN", "row[3]": "INFO" },
    ]);
  });

  it("names the columns by a header field", () => {
    expect(runQuery("transpose(header=loglevel)", levels)).toEqual([{ column: "_count", ERROR: "2", WARN: "400", INFO: "200" }]);
  });

  it("uses the pivot field as header and column name", () => {
    expect(runQuery("transpose(loglevel)", levels)).toEqual([{ loglevel: "_count", ERROR: "2", WARN: "400", INFO: "200" }]);
  });

  it("renames the column field", () => {
    expect(runQuery("transpose(column=Field, limit=1)", [{ b: "2", a: "1" }])).toEqual([
      { Field: "a", "row[1]": "1" },
      { Field: "b", "row[1]": "2" },
    ]);
  });

  it("transposes at most limit rows", () => {
    const rows = runQuery("transpose(limit=2)", levels);
    expect(rows[0]).toEqual({ column: "_count", "row[1]": "2", "row[2]": "400" });
  });

  it("leaves out cells of missing fields", () => {
    expect(runQuery("transpose()", [{ a: "1" }, { b: "2" }])).toEqual([
      { column: "a", "row[1]": "1" },
      { column: "b", "row[2]": "2" },
    ]);
  });

  it("rejects a limit above 1,000", () => {
    expect(errorOf(() => runQuery("transpose(limit=1001)", [])).message).toMatch(/from 1 to 1,000/);
  });
});
