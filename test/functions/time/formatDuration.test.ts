import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

describe("formatDuration", () => {
  it("formats the docs example", () => {
    expect(runQuery("formatDuration(duration)", [{ duration: 23452553 }])[0]?.duration).toBe("6h30m52s553ms");
  });

  it("keeps the largest units with precision", () => {
    expect(runQuery("formatDuration(duration, precision=3)", [{ duration: 23452553 }])[0]?.duration).toBe("6h30m52s");
  });

  it("reads other units and writes as", () => {
    // 90061 s = 1 day + 1 hour + 1 minute + 1 second.
    expect(runQuery("formatDuration(d, from=s, as=out)", [{ d: 90061 }])[0]).toEqual({ d: "90061", out: "1d1h1m1s" });
    // 1500 us = 1 ms + 500 us.
    expect(runQuery("formatDuration(d, from=us)", [{ d: 1500 }])[0]?.d).toBe("1ms500us");
  });

  it("formats zero and negative values", () => {
    const out = runQuery("formatDuration(d)", [{ d: 0 }, { d: -61000 }]);
    expect(out.map((event) => event.d)).toEqual(["0ms", "-1m1s"]);
  });

  it("leaves non-integers and missing fields alone", () => {
    expect(runQuery("formatDuration(d)", [{ d: "1.5" }, {}])).toEqual([{ d: "1.5" }, {}]);
  });
});
