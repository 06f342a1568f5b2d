/**
 * Parses the time options `--now`, `--start` and `--end`: epoch milliseconds or an ISO-8601
 * date or date-time. A date-time without an offset is taken as UTC so that a command gives the
 * same result on every machine.
 */
import { MAX_EPOCH_MS, parseIsoDateTime } from "../engine/isoDateTime.js";

/** Returns epoch milliseconds, or an error message naming the option and the accepted forms. */
export function parseTimeOption(option: string, text: string): number | { error: string } {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) {
    const value = Number(trimmed);
    if (Math.abs(value) <= MAX_EPOCH_MS) return value;
    return { error: `invalid --${option} value "${text}": the number is too large for epoch milliseconds` };
  }

  const value = parseIsoDateTime(trimmed, { missingZone: "utc", allowDateOnly: true });
  if (value === undefined || Math.abs(value) > MAX_EPOCH_MS) {
    return {
      error:
        `invalid --${option} value "${text}": expected epoch milliseconds (1700000000000) ` +
        `or an ISO-8601 time (2023-11-14T22:13:20Z)`,
    };
  }
  return value;
}
