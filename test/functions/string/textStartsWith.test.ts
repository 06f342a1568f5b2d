import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("text:startsWith", () => {
  it("keeps events whose field starts with the literal", () => {
    // functions-text-startswith: files accessed in C:\Windows\System32.
    const query = 'text:startsWith(string=file, substring="C:\\\\Windows\\\\System32")';
    const rows = runQuery(query, [{ file: "C:\\Windows\\System32\\cmd.exe" }, { file: "D:\\Windows\\System32" }]);
    expect(rows).toEqual([{ file: "C:\\Windows\\System32\\cmd.exe" }]);
  });

  it("drops events without the field", () => {
    expect(runQuery('text:startsWith(f, substring="a")', [{}])).toEqual([]);
  });

  it("is case-sensitive", () => {
    expect(runQuery('text:startsWith(f, substring="a")', [{ f: "Abc" }])).toEqual([]);
  });
});
