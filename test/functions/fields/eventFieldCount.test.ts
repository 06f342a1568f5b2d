import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("eventFieldCount", () => {
  it("counts the fields", () => {
    expect(runQuery("eventFieldCount()", [{ a: "1", b: "", c: "3" }])[0]?._eventFieldCount).toBe("3");
  });

  it("counts flattened array elements one by one", () => {
    expect(runQuery("eventFieldCount(as=n)", [{ a: [1, 2] }])[0]?.n).toBe("2");
  });
});
