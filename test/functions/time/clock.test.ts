import { afterEach, describe, expect, it, vi } from "vitest";
import { compile } from "../../../src/index.js";
import { errorOf, runQuery } from "../helpers.js";

describe("now, start, end and duration", () => {
  it("write the run's times", () => {
    const out = runQuery("now() | start() | end()", [{}], { now: 5_000, start: 1_000, end: 4_000 });
    expect(out[0]).toEqual({ _now: "5000", _start: "1000", _end: "4000" });
  });

  it("default the window to the 24 hours before now", () => {
    // 100000000 - 86400000 = 13600000.
    const out = runQuery("start() | end()", [{}], { now: 100_000_000 });
    expect(out[0]).toEqual({ _start: "13600000", _end: "100000000" });
  });

  it("work inside expressions", () => {
    // now - 1d = 100000000 - 86400000 = 13600000; only the later event passes.
    const out = runQuery('test(@timestamp > now() - duration("1d"))', [{ "@timestamp": 13_599_999 }, { "@timestamp": 13_600_001 }], { now: 100_000_000 });
    expect(out).toEqual([{ "@timestamp": "13600001" }]);
  });

  it("converts durations to milliseconds", () => {
    const out = runQuery('a := duration("14d") | b := duration("2 hours") | c := duration(500ms) | duration(1w)', [{}]);
    expect(out[0]).toEqual({ a: "1209600000", b: "7200000", c: "500", _duration: "604800000" });
  });

  it("rejects an invalid duration", () => {
    expect(errorOf(() => runQuery('duration("3 fortnights")', [])).message).toMatch(/invalid duration "3 fortnights"/);
  });
});

describe("now without the now option", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads the clock for every run of one compiled query", () => {
    vi.useFakeTimers();
    const query = compile("step := now() | expression := now() + 0");

    vi.setSystemTime(1_000);
    expect(query.run([{}]).events[0]).toEqual({ step: "1000", expression: "1000" });

    vi.setSystemTime(5_000);
    expect(query.run([{}]).events[0]).toEqual({ step: "5000", expression: "5000" });
  });
});
