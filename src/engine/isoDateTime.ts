/**
 * Reads ISO-8601 date-times as event data and command lines write them: a date, then `T` or a
 * space, the time to the minute, second or a fraction of a second, then `Z` or an offset
 * (`+02:00`, `+0200` or `+02`). The result is epoch milliseconds; digits past the millisecond
 * are dropped, as LogScale keeps `@timestamp` in milliseconds.
 */

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

/** The range of a JavaScript Date (and of ISO years 0000-9999 with room to spare), in milliseconds. */
export const MAX_EPOCH_MS = 8.64e15;

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Java's ZoneOffset accepts offsets up to 18 hours. */
const MAX_OFFSET_HOURS = 18;

export interface IsoDateTimeOptions {
  /**
   * The meaning of a date-time without `Z` or an offset: `"reject"` (an event's time is unknown
   * without a zone, as for parseTimestamp() without a `timezone`) or `"utc"`.
   */
  missingZone: "reject" | "utc";
  /** Accept a date alone (`2024-05-01`), meaning its midnight. */
  allowDateOnly: boolean;
}

/** Returns the epoch milliseconds of an ISO-8601 date-time, or undefined when `text` is not one. */
export function parseIsoDateTime(text: string, options: IsoDateTimeOptions): number | undefined {
  const match = DATE_TIME.exec(text);
  if (match === null) {
    return undefined;
  }

  const [, year, month, day, hour, minute, second = "0", fraction = "", zulu, sign, offsetHours, offsetMinutes = "0"] = match;
  if (hour === undefined && !options.allowDateOnly) {
    return undefined;
  }

  const hasZone = zulu !== undefined || sign !== undefined;
  if (hour !== undefined && !hasZone && options.missingZone === "reject") {
    return undefined;
  }

  const days = daysFromCivil(Number(year), Number(month), Number(day));
  const time = timeOfDay(Number(hour ?? "0"), Number(minute ?? "0"), Number(second), fraction);
  const offset = sign === undefined ? 0 : offsetOf(sign, Number(offsetHours), Number(offsetMinutes));
  if (days === undefined || time === undefined || offset === undefined) {
    return undefined;
  }

  return days * DAY_MS + time - offset;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, or undefined for a date that does not
 * exist (month 13, February 30). The arithmetic follows Howard Hinnant's days_from_civil.
 */
function daysFromCivil(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }

  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since midnight, or undefined for a time that does not exist (25:00, 10:60). */
function timeOfDay(hour: number, minute: number, second: number, fraction: string): number | undefined {
  if (hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }

  const milliseconds = fraction === "" ? 0 : Number(fraction.slice(0, 3).padEnd(3, "0"));
  return hour * HOUR_MS + minute * MINUTE_MS + second * 1000 + milliseconds;
}

/** Returns the offset east of UTC in milliseconds, or undefined past ±18:00 or with 60 minutes or more. */
function offsetOf(sign: string, hours: number, minutes: number): number | undefined {
  if (hours > MAX_OFFSET_HOURS || minutes > 59 || (hours === MAX_OFFSET_HOURS && minutes > 0)) {
    return undefined;
  }

  const magnitude = hours * HOUR_MS + minutes * MINUTE_MS;
  return sign === "-" ? -magnitude : magnitude;
}
