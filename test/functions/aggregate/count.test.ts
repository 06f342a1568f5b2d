import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

const events = [{ ip: "1.1.1.1" }, { ip: "1.1.1.1" }, { ip: "2.2.2.2" }, {}, { ip: "" }];

describe("count", () => {
  it("counts events", () => {
    expect(runQuery("count()", events)).toEqual([{ _count: "5" }]);
  });

  it("counts events having the field", () => {
    expect(runQuery("count(ip)", events)).toEqual([{ _count: "4" }]);
  });

  it("counts distinct values exactly", () => {
    // "1.1.1.1", "2.2.2.2" and "" are three distinct values.
    expect(runQuery("count(ip, distinct=true)", events)).toEqual([{ _count: "3" }]);
  });

  it("writes to as", () => {
    expect(runQuery("count(as=total)", events)).toEqual([{ total: "5" }]);
  });

  it("gives 0 without input", () => {
    expect(runQuery("count()", [])).toEqual([{ _count: "0" }]);
  });

  it("needs a field for distinct=true", () => {
    expect(() => runQuery("count(distinct=true)", [])).toThrow(/needs a field/);
  });
});
