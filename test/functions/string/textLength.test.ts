import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("text:length", () => {
  it("counts a flag as one character", () => {
    // The Danish flag is two regional indicators: 4 UTF-16 units for length(), 1 character here.
    const [row] = runQuery("text:length(f) | n := length(f)", [{ f: "🇩🇰" }]);
    expect(row?._length).toBe("1");
    expect(row?.n).toBe("4");
  });

  it("measures a literal", () => {
    expect(runQuery('text:length("hello", as=n)', [{}])).toEqual([{ n: "5" }]);
  });

  it("writes nothing for a missing field", () => {
    expect(runQuery("text:length(f)", [{}])).toEqual([{}]);
  });
});
