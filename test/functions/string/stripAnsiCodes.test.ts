import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("stripAnsiCodes", () => {
  it("removes colour codes in place", () => {
    expect(runQuery("stripAnsiCodes(x)", [{ x: "\u001b[31mred\u001b[0m text" }])).toEqual([{ x: "red text" }]);
  });

  it("removes cursor movement and title sequences", () => {
    const value = "\u001b[2J\u001b[1;1Hstart\u001b]0;title\u0007 end";
    expect(runQuery("stripAnsiCodes(x, as=clean)", [{ x: value }])[0]?.clean).toBe("start end");
  });

  it("writes nothing for a missing field", () => {
    expect(runQuery("stripAnsiCodes(x)", [{}])).toEqual([{}]);
  });
});
