import { describe, expect, it } from "vitest";
import { runQuery } from "../helpers.js";

// 1756284711312 ms is 2025-08-27 08:51:51.312 UTC, a Wednesday, day 239, ISO week 35.
const T = 1756284711312;

describe("time:* functions", () => {
  it("write each part under its default name", () => {
    const query = [
      "time:year()",
      "time:month()",
      "time:monthName()",
      "time:dayOfMonth()",
      "time:dayOfWeek()",
      "time:dayOfWeekName()",
      "time:dayOfYear()",
      "time:weekOfYear()",
      "time:hour()",
      "time:minute()",
      "time:second()",
      "time:millisecond()",
    ].join(" | ");
    expect(runQuery(query, [{ "@timestamp": T }])[0]).toEqual({
      "@timestamp": String(T),
      _year: "2025",
      _month: "8",
      _monthName: "August",
      _dayOfMonth: "27",
      _dayOfWeek: "3",
      _dayOfWeekName: "Wednesday",
      _dayOfYear: "239",
      _weekOfYear: "35",
      _hour: "8",
      _minute: "51",
      _second: "51",
      _millisecond: "312",
    });
  });

  it("reads another field and writes as", () => {
    expect(runQuery("time:hour(ts, as=h)", [{ ts: T }])[0]?.h).toBe("8");
  });

  it("prefers timezone over timezoneField over the run's zone", () => {
    const events = [{ "@timestamp": T, "@timezone": "Asia/Tokyo" }];
    // Tokyo is UTC+9: 17h. The argument -01:00 gives 7h. The run's zone applies only without both.
    expect(runQuery("time:hour()", events, { timezone: "Europe/Paris" })[0]?._hour).toBe("17");
    expect(runQuery('time:hour(timezone="-01:00")', events)[0]?._hour).toBe("7");
    expect(runQuery("time:hour()", [{ "@timestamp": T }], { timezone: "Europe/Paris" })[0]?._hour).toBe("10");
  });

  it("ignores an invalid zone in timezoneField", () => {
    expect(runQuery("time:hour()", [{ "@timestamp": T, "@timezone": "nowhere" }])[0]?._hour).toBe("8");
  });

  it("gives ISO weeks across the new year", () => {
    // 2021-01-01 (Friday) is in week 53 of 2020; 2024-12-30 (Monday) is in week 1 of 2025.
    const out = runQuery("time:weekOfYear()", [{ "@timestamp": Date.UTC(2021, 0, 1) }, { "@timestamp": Date.UTC(2024, 11, 30) }]);
    expect(out.map((event) => event._weekOfYear)).toEqual(["53", "1"]);
  });

  it("writes nothing for a missing field or a non-number", () => {
    expect(runQuery("time:hour()", [{}, { "@timestamp": "soon" }])).toEqual([{}, { "@timestamp": "soon" }]);
  });
});
