import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("text:positionOf", () => {
  it("finds a substring, 0-based", () => {
    // Docs example "Find Position of a Substring Within a Field Value": lo in hello, world, log.
    const rows = runQuery('text:positionOf(field, character="lo")', [{ field: "hello" }, { field: "world" }, { field: "log" }]);
    expect(rows).toEqual([{ field: "hello", _position: "3" }, { field: "world" }, { field: "log", _position: "0" }]);
  });

  it("counts occurrences from begin", () => {
    // In abcabcabc, c occurs at 2, 5 and 8; from begin=3 the second occurrence is 8.
    expect(runQuery('p := text:positionOf(f, character="c", begin=3, occurrence=2)', [{ f: "abcabcabc" }])[0]?.p).toBe("8");
  });

  it("writes nothing for a missing field", () => {
    expect(runQuery('text:positionOf(f, character="a")', [{}])).toEqual([{}]);
  });
});
