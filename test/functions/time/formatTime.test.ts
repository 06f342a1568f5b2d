import { describe, expect, it } from "vitest";
import { errorOf, runQuery } from "../helpers.js";

// 1700000000123 ms is 2023-11-14 22:13:20.123 UTC, a Tuesday, day 318 of the year.
const T = 1700000000123;

describe("formatTime", () => {
  it("reads seconds and milliseconds with unit=auto", () => {
    const out = runQuery('formatTime("%Y-%m-%d %H:%M:%S", field=t, as=out)', [{ t: 1700000000 }, { t: 1700000000000 }]);
    expect(out.map((event) => event.out)).toEqual(["2023-11-14 22:13:20", "2023-11-14 22:13:20"]);
  });

  it("honours an explicit unit", () => {
    // 100 read as milliseconds is 00:00:00.100; as seconds it is 00:01:40.
    const out = runQuery('a := formatTime("%T.%L", field=t, unit=milliseconds) | b := formatTime("%T", field=t, unit=seconds)', [{ t: 100 }]);
    expect(out[0]?.a).toBe("00:00:00.100");
    expect(out[0]?.b).toBe("00:01:40");
  });

  it("writes every conversion", () => {
    const out = runQuery('formatTime("%a %A %b %B %h %C %y %j %e %k %l %I %p %L %N %s %Q %z %Z", field=t, as=out)', [{ t: T }]);
    expect(out[0]?.out).toBe("Tue Tuesday Nov November Nov 20 23 318 14 22 10 10 pm 123 123000000 1700000000 1700000000123 +0000 UTC");
  });

  it("writes the composite conversions", () => {
    const out = runQuery('formatTime("%R|%T|%r|%D|%F|%c|%%|", field=t, as=out)', [{ t: T }]);
    expect(out[0]?.out).toBe("22:13|22:13:20|10:13:20 PM|11/14/23|2023-11-14|Tue Nov 14 22:13:20 UTC 2023|%|");
  });

  it("formats in a named zone with its abbreviation", () => {
    // New York is UTC-5 in November (EST).
    const out = runQuery('formatTime("%F %T %z %Z", field=t, as=out, timezone="America/New_York")', [{ t: T }]);
    expect(out[0]?.out).toBe("2023-11-14 17:13:20 -0500 EST");
  });

  it("formats in a fixed offset", () => {
    // 22:13 UTC plus 5:30 is 03:43 the next day.
    const out = runQuery('formatTime("%F %R %z", field=t, as=out, timezone="+05:30")', [{ t: T }]);
    expect(out[0]?.out).toBe("2023-11-15 03:43 +0530");
  });

  it("uses the run's time zone by default", () => {
    const out = runQuery('formatTime("%H", field=t, as=out)', [{ t: T }], { timezone: "Asia/Tokyo" });
    expect(out[0]?.out).toBe("07");
  });

  it("names months in a locale", () => {
    const out = runQuery('formatTime("%B %A", field=t, as=out, locale=de_DE)', [{ t: T }]);
    expect(out[0]?.out).toBe("November Dienstag");
  });

  it("writes nothing for a missing field or a non-number", () => {
    const out = runQuery('formatTime("%F", field=t, as=out)', [{}, { t: "yesterday" }]);
    expect(out).toEqual([{}, { t: "yesterday" }]);
  });

  it("defaults to @timestamp", () => {
    expect(runQuery('x := formatTime("%F")', [{ "@timestamp": T }])[0]?.x).toBe("2023-11-14");
  });

  it("rejects an unknown conversion", () => {
    expect(errorOf(() => runQuery('formatTime("%Y-%q", as=x)', [])).message).toMatch(/unknown time conversion %q/);
  });

  it("rejects an unknown time zone", () => {
    expect(errorOf(() => runQuery('formatTime("%Y", as=x, timezone="Mars/Olympus")', [])).message).toMatch(/invalid time zone "Mars\/Olympus"/);
  });

  it("requires as", () => {
    expect(errorOf(() => runQuery('formatTime("%Y")', [])).message).toMatch(/missing required argument as/);
  });
});

describe("formatTime locale", () => {
  it("falls back to the language for a country Intl does not know", () => {
    expect(runQuery('formatTime("%B", field=t, as=out, locale=en_UAE)', [{ t: T }])[0]?.out).toBe("November");
  });

  it("rejects a locale without a language", () => {
    expect(errorOf(() => runQuery('formatTime("%B", as=out, locale="_1")', [])).message).toMatch(/invalid locale/);
  });
});
