/**
 * Durations in LogScale's relative-time syntax (syntax-time-relative docs page): a number and a
 * unit such as `500ms`, `30s`, `5m`, `2h`, `14d`, `1w` or `1y`, with long forms (`2 hours`).
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS: ReadonlyMap<string, number> = new Map([
  ...unit(["ms", "millis", "millisecond", "milliseconds"], 1),
  ...unit(["s", "sec", "secs", "second", "seconds"], SECOND),
  ...unit(["m", "min", "mins", "minute", "minutes"], MINUTE),
  ...unit(["h", "hr", "hrs", "hour", "hours"], HOUR),
  ...unit(["d", "day", "days"], DAY),
  ...unit(["w", "week", "weeks"], 7 * DAY),
  // A year is 365 days here; months have no fixed length and are not accepted.
  ...unit(["y", "yr", "yrs", "year", "years"], 365 * DAY),
]);

function unit(names: string[], millis: number): [string, number][] {
  return names.map((name) => [name, millis]);
}

const DURATION_PATTERN = /^\s*([+-]?\d+(?:\.\d+)?)\s*([a-zA-Z]+)\s*$/;

/** Returns the length of a duration in milliseconds; null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  const match = DURATION_PATTERN.exec(text);
  if (match === null) {
    return null;
  }

  const millis = UNITS.get((match[2] as string).toLowerCase());
  return millis === undefined ? null : Math.round(Number(match[1]) * millis);
}

/** The unit names parseDuration() accepts, for error messages. */
export const DURATION_UNITS = "ms, s, m, h, d, w, y (and long forms such as seconds or days)";
