import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

// 2023-11-14T22:13:20Z is 1700000000000 ms.
describe("parseTimestamp", () => {
  it("reads ISO-8601 with the default format", () => {
    const out = runQuery("parseTimestamp(field=t)", [{ t: "2023-11-14T22:13:20Z" }, { t: "2023-11-14T22:13:20.123+02:00" }]);
    expect(out[0]).toMatchObject({ "@timestamp": "1700000000000", "@timezone": "Z" });
    // 22:13:20.123 at +02:00 is 20:13:20.123 UTC: 1700000000123 - 7200000.
    expect(out[1]).toMatchObject({ "@timestamp": "1699992800123", "@timezone": "+02:00" });
  });

  it("uses the timezone argument for times without a zone", () => {
    // Copenhagen is UTC+2 in July: 22:13:20 local is 20:13:20 UTC on 2023-07-14 = 1689365600000.
    const out = runQuery('parseTimestamp("yyyy-MM-dd HH:mm:ss", field=t, timezone="Europe/Copenhagen")', [{ t: "2023-07-14 22:13:20" }]);
    expect(out[0]).toMatchObject({ "@timestamp": "1689365600000", "@timezone": "Europe/Copenhagen" });
  });

  it("uses timezoneField when there is no timezone argument", () => {
    // New York is UTC-4 in July: 22:13:20 local is 02:13:20 UTC on 2023-07-15 = 1689387200000.
    const out = runQuery('parseTimestamp("yyyy-MM-dd HH:mm:ss", field=t, timezoneField=tz)', [{ t: "2023-07-14 22:13:20", tz: "America/New_York" }]);
    expect(out[0]?.["@timestamp"]).toBe("1689387200000");
  });

  it("reads month names, offsets and adjacent digits", () => {
    const out = runQuery(
      'a := parseTimestamp("dd/MMM/yyyy:HH:mm:ss Z", field=t1) | b := parseTimestamp("yyyyMMddHHmmss", field=t2, timezone=UTC) | c := parseTimestamp("MMM d, yyyy h:mm a", field=t3, timezone=UTC)',
      [{ t1: "14/Nov/2023:23:13:20 +0100", t2: "20231114221320", t3: "Nov 14, 2023 10:13 PM" }],
    );
    expect(out[0]?.a).toBe("1700000000000");
    expect(out[0]?.b).toBe("1700000000000");
    // 22:13:00 is 20 seconds before 22:13:20.
    expect(out[0]?.c).toBe("1699999980000");
  });

  it("reads the epoch formats", () => {
    const out = runQuery('a := parseTimestamp("seconds", field=s) | b := parseTimestamp("MilliSeconds", field=m) | c := parseTimestamp("nanos", field=n)', [
      { s: "1700000000.5", m: "1700000000123", n: "1700000000123456789" },
    ]);
    expect(out[0]).toMatchObject({ a: "1700000000500", b: "1700000000123", c: "1700000000123" });
  });

  it("takes the year of now when the pattern has none", () => {
    const out = runQuery('parseTimestamp("MMM dd HH:mm:ss", field=t, timezone=UTC)', [{ t: "Nov 14 22:13:20" }], { now: 1700000000000 });
    expect(out[0]?.["@timestamp"]).toBe("1700000000000");
  });

  it("matches case-insensitively when asked", () => {
    const query = 'parseTimestamp("dd MMM yyyy", field=t, timezone=UTC, caseSensitive=false)';
    expect(runQuery(query, [{ t: "14 NOV 2023" }])[0]?.["@timestamp"]).toBe(String(Date.UTC(2023, 10, 14)));
    expect(runQuery('parseTimestamp("dd MMM yyyy", field=t, timezone=UTC)', [{ t: "14 NOV 2023" }])[0]?.["@error"]).toBe("true");
  });

  it("adds error fields for text it cannot parse", () => {
    const out = runQuery("parseTimestamp(field=t)", [{ t: "2023-11-14 22:13:20" }, { t: "2023-02-30T00:00:00Z" }]);
    expect(out[0]).toMatchObject({ "@error": "true" });
    expect(out[0]?.["@timestamp"]).toBeUndefined();
    expect(out[1]).toMatchObject({ "@error": "true" });
  });

  it("adds no error fields with addErrors=false or a missing field", () => {
    expect(runQuery("parseTimestamp(field=t, addErrors=false)", [{ t: "x" }, {}])).toEqual([{ t: "x" }, {}]);
  });

  it("rejects an unsupported pattern letter", () => {
    expect(errorOf(() => runQuery('parseTimestamp("yyyy-ww", field=t)', [])).message).toMatch(/unsupported pattern letter w/);
  });
});

describe("findTimestamp", () => {
  it("finds timestamps in common layouts", () => {
    const out = runQuery("findTimestamp(timezone=UTC)", [
      { "@rawstring": "<13>Nov 14 22:13:20 host sshd[1]: accepted" },
      { "@rawstring": "level=info ts=2023-11-14T22:13:20.5Z msg=ok" },
      { "@rawstring": '127.0.0.1 - - [14/Nov/2023:23:13:20 +0100] "GET / HTTP/1.1" 200' },
    ], { now: 1700000000000 });
    expect(out.map((event) => event["@timestamp"])).toEqual(["1700000000000", "1700000000500", "1700000000000"]);
  });

  it("does not parse a timestamp without a zone when none is given", () => {
    const out = runQuery("findTimestamp()", [{ "@rawstring": "2023-11-14 22:13:20 started" }]);
    expect(out[0]).toMatchObject({ "@error": "true" });
  });

  it("only looks at the first 128 characters", () => {
    const late = `${"x".repeat(130)} 2023-11-14T22:13:20Z`;
    expect(runQuery("findTimestamp(addErrors=false)", [{ "@rawstring": late }])[0]?.["@timestamp"]).toBeUndefined();
  });
});

describe("findTimestamp inputs", () => {
  it("leaves events without the field unchanged", () => {
    expect(runQuery("findTimestamp(field=line, timezone=UTC)", [{ other: "1" }])).toEqual([{ other: "1" }]);
  });
});
