import { describe, expect, it } from "vitest";
import { errorOf, runQuery, runWithWarnings } from "../helpers.js";

const HOUR = 3_600_000;

describe("timeChart", () => {
  it("counts per bucket and fills empty buckets", () => {
    const events = [{ "@timestamp": "1000" }, { "@timestamp": "2000" }, { "@timestamp": String(2 * HOUR + 5) }];
    expect(runQuery("timeChart(span=1h)", events, { start: 0, end: 3 * HOUR })).toEqual([
      { _bucket: "0", _count: "2" },
      { _bucket: String(HOUR), _count: "0" },
      { _bucket: String(2 * HOUR), _count: "1" },
    ]);
  });

  it("adds a partial bucket for an unaligned window", () => {
    // The window 00:30 to 02:30 touches the buckets starting at 00:00, 01:00 and 02:00.
    const rows = runQuery("timeChart(span=1h)", [], { start: HOUR / 2, end: 2.5 * HOUR });
    expect(rows.map((row) => row._bucket)).toEqual(["0", String(HOUR), String(2 * HOUR)]);
  });

  it("splits the window into buckets", () => {
    // 4 h / 4 buckets = 1 h each; the window starts at 00:30, so 5 aligned buckets cover it.
    const rows = runQuery("timeChart(buckets=4)", [], { start: HOUR / 2, end: 4.5 * HOUR });
    expect(rows.map((row) => Number(row._bucket) / HOUR)).toEqual([0, 1, 2, 3, 4]);
  });

  it("splits the window into 127 buckets by default", () => {
    // 127,000 ms / 127 = 1,000 ms per bucket.
    const rows = runQuery("timeChart()", [], { start: 0, end: 127_000 });
    expect(rows.length).toBe(127);
    expect(rows[1]?._bucket).toBe("1000");
  });

  it("raises the span to minSpan", () => {
    // buckets=100 over 100 s gives 1 s buckets; minSpan=10s raises them to 10 s.
    const rows = runQuery("timeChart(buckets=100, minSpan=10s)", [], { start: 0, end: 100_000 });
    expect(rows.length).toBe(10);
  });

  it("takes the window from the events without run options", () => {
    const events = [{ "@timestamp": "0" }, { "@timestamp": String(2 * HOUR) }];
    expect(runQuery("timeChart(span=1h)", events)).toEqual([
      { _bucket: "0", _count: "1" },
      { _bucket: String(HOUR), _count: "0" },
      { _bucket: String(2 * HOUR), _count: "1" },
    ]);
  });

  it("emits one row per bucket and series", () => {
    const events = [
      { "@timestamp": "10", host: "a" },
      { "@timestamp": "20", host: "b" },
      { "@timestamp": "30", host: "a" },
      { "@timestamp": String(HOUR + 1), host: "b" },
      { "@timestamp": "40" },
    ];
    expect(runQuery("timeChart(host, span=1h, function=count(as=n))", events, { start: 0, end: 2 * HOUR })).toEqual([
      { _bucket: "0", host: "a", n: "2" },
      { _bucket: "0", host: "b", n: "1" },
      { _bucket: String(HOUR), host: "a", n: "0" },
      { _bucket: String(HOUR), host: "b", n: "1" },
    ]);
  });

  it("keeps the top series by total", () => {
    // Totals: c = 3, a = 2, b = 1; limit=2 keeps c and a.
    const events = ["a", "b", "c", "a", "c", "c"].map((host, index) => ({ "@timestamp": String(index), host }));
    const { events: rows, warnings } = runWithWarnings("timeChart(series=host, span=1h, limit=2)", events, { start: 0, end: HOUR });
    expect(rows).toEqual([
      { _bucket: "0", host: "c", _count: "3" },
      { _bucket: "0", host: "a", _count: "2" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("warns past the default series limit", () => {
    const events = Array.from({ length: 11 }, (_, index) => ({ "@timestamp": "0", host: `h${index}` }));
    const { events: rows, warnings } = runWithWarnings("timeChart(host, span=1h)", events, { start: 0, end: HOUR });
    expect(rows.length).toBe(10);
    expect(warnings).toEqual(["timeChart() found 11 series, more than its limit of 10; only the top 10 were kept, so set limit= (at most 500) to keep more"]);
  });

  it("aligns day buckets to the time zone", () => {
    // 1970-01-02T01:00Z is 03:00 at +02:00; that local day starts at 1970-01-01T22:00Z = 79,200,000 ms.
    expect(runQuery("timeChart(span=1d, timezone=\"+02:00\")", [{ "@timestamp": "90000000" }])).toEqual([{ _bucket: "79200000", _count: "1" }]);
  });

  it("runs window() over the last buckets", () => {
    // Counts per bucket 2, 1, 3; a window of 2 buckets gives 2, 2+1, 1+3.
    const times = [0, 1, HOUR, 2 * HOUR, 2 * HOUR + 1, 2 * HOUR + 2];
    const rows = runQuery("timeChart(span=1h, function=window(count(), buckets=2))", times.map((time) => ({ "@timestamp": String(time) })), { start: 0, end: 3 * HOUR });
    expect(rows.map((row) => row._count)).toEqual(["2", "3", "4"]);
  });

  it("converts values with unit", () => {
    // 5 events in a 10 s bucket are 0.5 per second.
    const events = Array.from({ length: 5 }, () => ({ "@timestamp": "0" }));
    expect(runQuery('timeChart(span=10s, unit="1/s")', events, { start: 0, end: 10_000 })).toEqual([{ _bucket: "0", _count: "0.5" }]);
  });

  it("converts amounts and rates with unit", () => {
    // 2 per 1 h bucket = 48 per day = 0.048 K per day.
    const events = [{ "@timestamp": "0" }, { "@timestamp": "1" }];
    expect(runQuery('timeChart(span=1h, unit="bytes/span to Kbytes/day")', events, { start: 0, end: HOUR })).toEqual([{ _bucket: "0", _count: "0.048" }]);
  });

  it("ignores events without a timestamp", () => {
    expect(runQuery("timeChart(span=1h)", [{ a: "1" }, { "@timestamp": "x" }], { start: 0, end: HOUR })).toEqual([{ _bucket: "0", _count: "0" }]);
  });

  it("rejects a calendar span", () => {
    expect(errorOf(() => runQuery("timeChart(span=1month)", [])).message).toMatch(/calendar units such as months have no fixed length/);
  });

  it("rejects span together with buckets", () => {
    expect(errorOf(() => runQuery("timeChart(span=1h, buckets=10)", [])).message).toMatch(/^give either span or buckets/);
  });

  it("rejects window() elsewhere", () => {
    expect(errorOf(() => runQuery("window(count(), buckets=2)", [{}])).message).toMatch(/^window\(\) can only be the function of timeChart\(\)/);
  });

  it("rejects window() next to other functions", () => {
    expect(errorOf(() => runQuery("timeChart(span=1h, function=[count(), window(count(), buckets=2)])", [])).message).toMatch(/must be the only function/);
  });
});
