import { describe, expect, it } from "vitest";
import { fromLocalTime, parseTimeZone, toLocalTime, UTC } from "../../../src/functions/time/zone.js";

const wall = (year: number, month: number, day: number, hour: number, minute: number) => ({ year, month, day, hour, minute, second: 0, millisecond: 0 });

describe("time zones", () => {
  it("read names, offsets and UTC", () => {
    expect(parseTimeZone("Europe/London")?.id).toBe("Europe/London");
    expect(parseTimeZone("UTC+12:30")?.offsetAt(0)).toBe(12.5 * 3_600_000);
    expect(parseTimeZone("-0100")?.id).toBe("-01:00");
    expect(parseTimeZone("GMT")).toBe(UTC);
    expect(parseTimeZone("Z")?.id).toBe("Z");
    expect(parseTimeZone("Mars/Olympus")).toBeNull();
    expect(parseTimeZone("+19:00")).toBeNull();
  });

  it("move a time in a spring-forward gap forward", () => {
    // New York skipped 02:00-03:00 on 2023-03-12; 02:30 becomes 03:30 EDT, which is 07:30 UTC.
    const zone = parseTimeZone("America/New_York")!;
    expect(fromLocalTime(wall(2023, 3, 12, 2, 30), zone)).toBe(Date.UTC(2023, 2, 12, 7, 30));
  });

  it("take the earlier instant in a fall-back overlap", () => {
    // 01:30 happened twice on 2023-11-05 in New York; the first time was EDT (UTC-4): 05:30 UTC.
    const zone = parseTimeZone("America/New_York")!;
    expect(fromLocalTime(wall(2023, 11, 5, 1, 30), zone)).toBe(Date.UTC(2023, 10, 5, 5, 30));
  });

  it("split instants into local fields", () => {
    // 2024-02-29 23:30 UTC is 2024-03-01 00:30 in Paris (UTC+1), a Friday, day 61 of a leap year.
    const local = toLocalTime(Date.UTC(2024, 1, 29, 23, 30), parseTimeZone("Europe/Paris")!);
    expect(local).toMatchObject({ year: 2024, month: 3, day: 1, hour: 0, minute: 30, dayOfWeek: 5, dayOfYear: 61, offset: 3_600_000 });
  });
});
