import { describe, expect, it } from "vitest";
import { parseTimeOption } from "../../src/cli/time.js";

describe("parseTimeOption", () => {
  it("reads epoch milliseconds", () => {
    expect(parseTimeOption("now", "1700000000000")).toBe(1_700_000_000_000);
    expect(parseTimeOption("now", "0")).toBe(0);
  });

  it("reads ISO-8601 with an offset", () => {
    expect(parseTimeOption("now", "2023-11-14T22:13:20Z")).toBe(1_700_000_000_000);
    expect(parseTimeOption("now", "2023-11-14T23:13:20+01:00")).toBe(1_700_000_000_000);
    expect(parseTimeOption("now", "2023-11-14T23:13:20+0100")).toBe(1_700_000_000_000);
  });

  it("takes a time without offset as UTC", () => {
    expect(parseTimeOption("start", "2023-11-14T22:13:20")).toBe(1_700_000_000_000);
    expect(parseTimeOption("start", "2023-11-14 22:13:20.250")).toBe(1_700_000_000_250);
    expect(parseTimeOption("start", "2023-11-14")).toBe(1_699_920_000_000);
  });

  it("rejects other text with the accepted forms", () => {
    const result = parseTimeOption("end", "yesterday");
    expect(result).toEqual({
      error:
        'invalid --end value "yesterday": expected epoch milliseconds (1700000000000) ' +
        "or an ISO-8601 time (2023-11-14T22:13:20Z)",
    });
  });

  it("rejects dates that do not exist", () => {
    expect(parseTimeOption("end", "2024-02-30")).toHaveProperty("error");
    expect(parseTimeOption("end", "2023-13-01T00:00:00Z")).toHaveProperty("error");
    expect(parseTimeOption("end", "2023-01-01T25:00:00Z")).toHaveProperty("error");
  });

  it("rejects numbers beyond safe integers", () => {
    expect(parseTimeOption("now", "99999999999999999999")).toHaveProperty("error");
  });
});

describe("parseTimeOption forms", () => {
  it("reads a lower-case separator and an hour-only offset", () => {
    expect(parseTimeOption("now", "2023-11-14t23:13:20+01")).toBe(1_700_000_000_000);
  });

  it("reads dates before 1970 and in the first century", () => {
    expect(parseTimeOption("start", "1969-12-31T23:59:59Z")).toBe(-1000);
    // 0099-01-01 is 1,871 years with 453 leap days, so 683,368 days, before 1970-01-01.
    expect(parseTimeOption("start", "0099-01-01")).toBe(-683_368 * 86_400_000);
  });
});
