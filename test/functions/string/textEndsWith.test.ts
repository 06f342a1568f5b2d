import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("text:endsWith", () => {
  it("keeps events whose field ends with the literal", () => {
    expect(runQuery('text:endsWith(f, substring=".exe")', [{ f: "cmd.exe" }, { f: "cmd.exe.txt" }])).toEqual([{ f: "cmd.exe" }]);
  });

  it("keeps the rest when negated", () => {
    expect(runQuery('not text:endsWith(f, substring=".exe")', [{ f: "cmd.exe" }, {}])).toEqual([{}]);
  });

  it("gives true or false inside test()", () => {
    expect(runQuery('r := text:endsWith(f, substring="z")', [{ f: "az" }, { f: "za" }]).map((row) => row.r)).toEqual(["true", "false"]);
  });
});
