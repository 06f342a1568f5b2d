import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("text:contains", () => {
  it("keeps events whose field contains the literal", () => {
    // functions-text-contains: text:contains(string=name, substring="download").
    const rows = runQuery('text:contains(string=name, substring="download")', [{ name: "file-download" }, { name: "upload" }, {}]);
    expect(rows).toEqual([{ name: "file-download" }]);
  });

  it("tests literals as the docs examples do", () => {
    // functions-text-contains: "foobar" contains "oba" but not "abo".
    expect(runQuery('text:contains("foobar", substring="oba")', [{}])).toHaveLength(1);
    expect(runQuery('text:contains("foobar", substring="abo")', [{}])).toHaveLength(0);
  });

  it("treats * as an ordinary character", () => {
    expect(runQuery('text:contains(f, substring="*")', [{ f: "a*b" }, { f: "ab" }])).toEqual([{ f: "a*b" }]);
  });

  it("keeps the other events when negated", () => {
    const rows = runQuery('!text:contains(f, substring="x")', [{ f: "axb" }, { f: "ab" }, {}]);
    expect(rows).toEqual([{ f: "ab" }, {}]);
  });

  it("compares two computed values", () => {
    const query = 'text:contains(string=lower("list"), substring=lower("user"))';
    expect(runQuery(query, [{ list: "ALICE,BOB", user: "Bob" }, { list: "ALICE", user: "Bob" }])).toHaveLength(1);
  });
});
