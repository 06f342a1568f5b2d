/**
 * Time zones for the time functions: named zones through the Intl API (IANA names such as
 * Europe/London, and the names the tz database keeps for compatibility such as EST), fixed
 * offsets written `+02:00`, `-0130`, `UTC+12:30` or `GMT-5`, and `Z` / `UTC` / `GMT`
 * (functions-parsetimestamp, functions-time-hour and functions-formattime docs pages).
 */

export interface TimeZone {
  /** The zone as LogScale writes it: the IANA name, `UTC`, or an offset such as `+02:00`. */
  readonly id: string;
  /** Milliseconds to add to an epoch time to get the local wall-clock time. */
  offsetAt(epochMs: number): number;
  /** The short name printed for `%Z` (`UTC`, `CET`, `EDT`, `+02:00`). */
  shortName(epochMs: number): string;
}

/** Wall-clock fields of an instant in a zone. Months run 1-12, days of week 1 (Monday) to 7. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  dayOfWeek: number;
  dayOfYear: number;
  /** The zone offset at this instant, in milliseconds. */
  offset: number;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const OFFSET_PATTERN = /^(?:UTC|GMT|UT)?([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/i;

/** UTC, shared by every caller. */
export const UTC: TimeZone = {
  id: "UTC",
  offsetAt: () => 0,
  shortName: () => "UTC",
};

/** UTC written as `Z` in a timestamp; parseTimestamp() reports the zone as written. */
const ZULU: TimeZone = { id: "Z", offsetAt: () => 0, shortName: () => "Z" };

const zones = new Map<string, TimeZone | null>();

/** Looks up a zone by name or offset; returns null when the text names no zone. */
export function parseTimeZone(text: string): TimeZone | null {
  const cached = zones.get(text);
  if (cached !== undefined) {
    return cached;
  }

  const zone = readZone(text.trim());
  // The cache only grows with distinct zone texts; a field full of random text must not fill it.
  if (zones.size < 1000) {
    zones.set(text, zone);
  }
  return zone;
}

function readZone(text: string): TimeZone | null {
  if (text === "") {
    return null;
  }

  if (text === "Z" || text === "z") {
    return ZULU;
  }

  if (/^(UTC|GMT|UT|Etc\/UTC|Etc\/GMT)$/i.test(text)) {
    return UTC;
  }

  const offset = OFFSET_PATTERN.exec(text);
  if (offset !== null) {
    return fixedOffsetZone(offset);
  }

  return namedZone(text);
}

function fixedOffsetZone(match: RegExpExecArray): TimeZone | null {
  const sign = match[1] === "-" ? -1 : 1;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? "0");
  const seconds = Number(match[4] ?? "0");
  if (hours > 18 || minutes > 59 || seconds > 59) {
    return null;
  }

  const offset = sign * (hours * HOUR + minutes * MINUTE + seconds * 1000);
  // Java names the zero offset Z (ZoneOffset.UTC).
  if (offset === 0) {
    return ZULU;
  }

  const id = formatOffset(offset, true);
  return { id, offsetAt: () => offset, shortName: () => id };
}

/** Prints an offset as `+02:00` (with colon) or `+0200`; seconds are added when not zero. */
export function formatOffset(offsetMs: number, colon: boolean): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const total = Math.abs(Math.round(offsetMs / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const separator = colon ? ":" : "";
  const base = `${sign}${pad2(hours)}${separator}${pad2(minutes)}`;
  return seconds === 0 ? base : `${base}${separator}${pad2(seconds)}`;
}

function namedZone(name: string): TimeZone | null {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: name,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
  } catch {
    return null;
  }

  // Intl resolves links (US/Eastern is America/New_York, EST is America/Panama); the zone keeps
  // the name as written, as Java's ZoneId does, with only its case corrected.
  const resolved = formatter.resolvedOptions().timeZone;
  const id = resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  const offsets = new Map<number, number>();
  const names = new Map<number, string>();

  return {
    id,
    offsetAt(epochMs) {
      // Offsets change at whole minutes, so one lookup serves every instant of a minute.
      const minute = Math.floor(epochMs / MINUTE);
      let offset = offsets.get(minute);
      if (offset === undefined) {
        offset = intlOffset(formatter, minute * MINUTE);
        if (offsets.size > 10_000) {
          offsets.clear();
        }
        offsets.set(minute, offset);
      }
      return offset;
    },
    shortName(epochMs) {
      const key = Math.floor(epochMs / HOUR);
      let shortName = names.get(key);
      if (shortName === undefined) {
        shortName = intlShortName(id, epochMs);
        if (names.size > 10_000) {
          names.clear();
        }
        names.set(key, shortName);
      }
      return shortName;
    },
  };
}

/** Computes the offset of a zone at an instant: its wall-clock time read as UTC, minus the instant. */
function intlOffset(formatter: Intl.DateTimeFormat, epochMs: number): number {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(epochMs)) {
    parts[part.type] = part.value;
  }

  let year = Number(parts.year);
  if (parts.era === "BC" || parts.era === "B") {
    year = 1 - year;
  }

  const wall = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const date = new Date(wall);
  // Date.UTC maps years 0-99 to 1900-1999; set the year again to undo that.
  date.setUTCFullYear(year);
  return date.getTime() - Math.floor(epochMs / 1000) * 1000;
}

/**
 * Returns the zone abbreviation for `%Z`. Java prints names such as CET, BST or EDT. Intl has
 * them per locale, so British English is tried first for European zones and US English otherwise.
 * NOTE: zones without an abbreviation in either locale print as Intl's `GMT+3` form, where Java
 * may print another name.
 */
function intlShortName(zone: string, epochMs: number): string {
  const locales = zone.startsWith("Europe/") ? ["en-GB", "en-US"] : ["en-US", "en-GB"];
  let fallback = "";

  for (const locale of locales) {
    const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" })
      .formatToParts(epochMs)
      .find((entry) => entry.type === "timeZoneName");
    const name = part?.value ?? "";
    if (name !== "" && !/^GMT[+-]/.test(name)) {
      return name === "GMT" && zone === "UTC" ? "UTC" : name;
    }
    fallback ||= name;
  }

  return fallback;
}

/** Splits an instant into the wall-clock fields of a zone. */
export function toLocalTime(epochMs: number, zone: TimeZone): LocalTime {
  const offset = zone.offsetAt(epochMs);
  const date = new Date(epochMs + offset);
  const year = date.getUTCFullYear();
  const yearStart = new Date(0);
  yearStart.setUTCFullYear(year, 0, 1);
  yearStart.setUTCHours(0, 0, 0, 0);

  return {
    year,
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    dayOfWeek: ((date.getUTCDay() + 6) % 7) + 1,
    dayOfYear: Math.floor((date.getTime() - yearStart.getTime()) / DAY) + 1,
    offset,
  };
}

/** Wall-clock fields to convert back to an instant. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * Finds the instant at which a zone's clocks show a wall-clock time. A time in a gap (clocks
 * moved forward) moves forward by the gap. In an overlap the earlier instant wins, as in
 * Java's ZonedDateTime.
 */
export function fromLocalTime(wall: WallTime, zone: TimeZone): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  const asUtc = date.getTime();

  const before = zone.offsetAt(asUtc - DAY);
  const after = zone.offsetAt(asUtc + DAY);

  // The offset in force before a change is tried first, so an overlap gives the earlier instant.
  for (const candidate of [asUtc - before, asUtc - after]) {
    if (candidate + zone.offsetAt(candidate) === asUtc) {
      return candidate;
    }
  }

  // A gap: no instant shows this time. The earlier offset moves it forward by the gap's length.
  return asUtc - before;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
