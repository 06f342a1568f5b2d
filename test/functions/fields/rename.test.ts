import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("rename", () => {
  it("renames one field with as", () => {
    expect(runQuery("rename(field=BadName, as=GoodName)", [{ BadName: "v" }])).toEqual([{ GoodName: "v" }]);
  });

  it("renames a one-field list with as", () => {
    expect(runQuery("rename([AgentId], as=aid)", [{ AgentId: "x1", b: "2" }])).toEqual([{ aid: "x1", b: "2" }]);
  });

  it("renames through :=", () => {
    expect(runQuery("GoodName := rename(BadName)", [{ BadName: "v" }])).toEqual([{ GoodName: "v" }]);
  });

  it("renames pairs and overwrites existing targets", () => {
    const rows = runQuery("rename([[a, b], [c, d]])", [{ a: "1", b: "old", c: "3" }]);
    expect(rows).toEqual([{ b: "1", d: "3" }]);
  });

  it("leaves events without the field alone", () => {
    expect(runQuery("rename(a, as=b)", [{ b: "keep" }])).toEqual([{ b: "keep" }]);
  });

  it("needs as for a single field", () => {
    expect(() => runQuery("rename(a)", [])).toThrow(/needs the new name/);
  });
});
