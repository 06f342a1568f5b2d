import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

const HOUR = 3_600_000;

describe("setTimeInterval", () => {
  const now = 10 * HOUR;
  const events = [{ "@timestamp": String(8 * HOUR) }, { "@timestamp": String(9.5 * HOUR) }, { "@timestamp": String(10 * HOUR) }, { other: "x" }];

  it("drops events outside the window", () => {
    // start=1h before now = 09:00; the end (now) is exclusive; an event without a time passes.
    expect(runQuery("setTimeInterval(start=1h)", events, { now })).toEqual([{ "@timestamp": String(9.5 * HOUR) }, { other: "x" }]);
  });

  it("sets the window later functions see", () => {
    // The window 08:30 to 10:00 touches the 1 h buckets at 08:00 and 09:00.
    const rows = runQuery("setTimeInterval(start=90m, end=now) | timeChart(span=1h)", events, { now });
    expect(rows).toEqual([
      { _bucket: String(8 * HOUR), _count: "0" },
      { _bucket: String(9 * HOUR), _count: "1" },
    ]);
  });

  it("accepts a relative end", () => {
    expect(runQuery("setTimeInterval(start=3h, end=1h)", events, { now })).toEqual([{ "@timestamp": String(8 * HOUR) }, { other: "x" }]);
  });

  it("rejects a start after the end", () => {
    expect(errorOf(() => runQuery("setTimeInterval(start=1h, end=2h)", [], { now })).message).toMatch(/must be before its end/);
  });

  it("rejects text that is no time", () => {
    expect(errorOf(() => runQuery("setTimeInterval(start=yesterday)", [], { now })).message).toMatch(/^invalid start "yesterday"/);
  });
});
