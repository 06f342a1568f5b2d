import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("eventSize", () => {
  it("counts the UTF-8 bytes of the values only", () => {
    // "é" is 2 bytes in UTF-8 and "xy" 2 more; the names a and b do not count: 4.
    expect(runQuery("eventSize()", [{ a: "é", b: "xy" }])[0]?._eventSize).toBe("4");
  });

  it("filters by size as in the docs example", () => {
    // functions-eventsize: eventSize() | _eventSize > 10000.
    const rows = runQuery("eventSize() | _eventSize > 10", [{ m: "short" }, { m: "a much longer message" }]);
    expect(rows.map((row) => row.m)).toEqual(["a much longer message"]);
  });

  it("gives 0 for an event without fields", () => {
    expect(runQuery("eventSize(as=size)", [{}])).toEqual([{ size: "0" }]);
  });
});
