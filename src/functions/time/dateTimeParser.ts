/**
 * Matching compiled Java DateTimeFormatter patterns (dateTimePattern.ts) against text and
 * turning the fields found into an instant.
 */
import { ENGLISH_NAMES } from "./timeFormat.js";
import type { NumericField, PatternElement } from "./dateTimePattern.js";
import { fromLocalTime, parseTimeZone, type TimeZone } from "./zone.js";

export interface MatchOptions {
  caseSensitive: boolean;
}

/** The fields read from text; absent fields take defaults when resolved. */
export interface ParsedFields {
  numbers: Partial<Record<NumericField, number>>;
  /** Digits of the fraction of a second, as written. */
  fractionDigits?: string;
  month?: number;
  pm?: boolean;
  bc?: boolean;
  zone?: TimeZone;
}

export interface ResolvedTime {
  epochMs: number;
  /** The zone written in the text, when there was one. */
  zone?: TimeZone;
}

/**
 * Zone abbreviations that Java's parser accepts but Intl does not take as zone names. Each maps
 * to a fixed offset, because the abbreviation names standard or daylight time explicitly.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["PST", "-08:00"],
  ["PDT", "-07:00"],
  ["MDT", "-06:00"],
  ["CDT", "-05:00"],
  ["EDT", "-04:00"],
  ["AKST", "-09:00"],
  ["AKDT", "-08:00"],
  ["CEST", "+02:00"],
  ["BST", "+01:00"],
  ["EEST", "+03:00"],
  ["WEST", "+01:00"],
]);

/**
 * Matches `elements` at `start` of `text`. Returns the offset after the match, or -1. Optional
 * sections that do not match are skipped; nothing else backtracks, as in Java.
 */
export function matchElements(elements: readonly PatternElement[], text: string, start: number, fields: ParsedFields, options: MatchOptions): number {
  let position = start;

  for (let index = 0; index < elements.length; index += 1) {
    const element = elements[index] as PatternElement;

    if (element.kind === "optional") {
      const saved = snapshot(fields);
      const end = matchElements(element.elements, text, position, fields, options);
      if (end === -1) {
        restore(fields, saved);
      } else {
        position = end;
      }
      continue;
    }

    const end = element.kind === "number" ? matchNumber(element, reservedWidth(elements, index), text, position, fields) : matchOther(element, text, position, fields, options);
    if (end === -1) {
      return -1;
    }
    position = end;
  }

  return position;
}

function snapshot(fields: ParsedFields): ParsedFields {
  return { ...fields, numbers: { ...fields.numbers } };
}

function restore(fields: ParsedFields, saved: ParsedFields): void {
  for (const key of Object.keys(fields) as (keyof ParsedFields)[]) {
    delete fields[key];
  }
  Object.assign(fields, saved);
}

/**
 * Counts the digits that fixed-width numbers right after element `index` need, so a
 * variable-width number leaves them (Java's adjacent value parsing: `yyyyMMdd` reads 20240131).
 */
function reservedWidth(elements: readonly PatternElement[], index: number): number {
  let reserved = 0;
  for (let next = index + 1; next < elements.length; next += 1) {
    const element = elements[next] as PatternElement;
    if (element.kind !== "number" || element.minWidth !== element.maxWidth) {
      break;
    }
    reserved += element.minWidth;
  }
  return reserved;
}

function matchNumber(
  element: Extract<PatternElement, { kind: "number" }>,
  reserved: number,
  text: string,
  start: number,
  fields: ParsedFields,
): number {
  let available = 0;
  while (start + available < text.length && isDigit(text.charCodeAt(start + available))) {
    available += 1;
  }

  const width = Math.min(element.maxWidth, available - reserved);
  if (width < element.minWidth) {
    return -1;
  }

  const digits = text.slice(start, start + width);
  if (element.field === "fraction") {
    fields.fractionDigits = digits;
  } else {
    fields.numbers[element.field] = Number(digits);
  }
  return start + width;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function matchOther(element: PatternElement, text: string, start: number, fields: ParsedFields, options: MatchOptions): number {
  switch (element.kind) {
    case "literal":
      return matchText(element.text, text, start, options);
    case "monthName": {
      const names = element.style === "long" ? ENGLISH_NAMES.months : ENGLISH_NAMES.shortMonths;
      const found = matchName(names, text, start, options);
      if (found !== null) {
        fields.month = found.index + 1;
      }
      return found?.end ?? -1;
    }
    case "weekdayName": {
      const names = element.style === "long" ? ENGLISH_NAMES.weekdays : ENGLISH_NAMES.shortWeekdays;
      return matchName(names, text, start, options)?.end ?? -1;
    }
    case "amPm": {
      const found = matchName(["AM", "PM"], text, start, { caseSensitive: false });
      if (found !== null) {
        fields.pm = found.index === 1;
      }
      return found?.end ?? -1;
    }
    case "era": {
      const found = matchName(["AD", "BC"], text, start, options);
      if (found !== null) {
        fields.bc = found.index === 1;
      }
      return found?.end ?? -1;
    }
    case "offset":
      return matchOffset(element, text, start, fields);
    case "zoneName":
      return matchZoneName(text, start, fields);
    default:
      return -1;
  }
}

function matchText(expected: string, text: string, start: number, options: MatchOptions): number {
  const actual = text.slice(start, start + expected.length);
  const equal = options.caseSensitive ? actual === expected : actual.toLowerCase() === expected.toLowerCase();
  return equal ? start + expected.length : -1;
}

/** Finds the longest name that matches at `start`, so a name that begins another never cuts it short. */
function matchName(names: readonly string[], text: string, start: number, options: MatchOptions): { index: number; end: number } | null {
  let best: { index: number; end: number } | null = null;

  names.forEach((name, index) => {
    const end = matchText(name, text, start, options);
    if (end !== -1 && (best === null || end > best.end)) {
      best = { index, end };
    }
  });

  return best;
}

const OFFSET_AT = /^([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?/;

function matchOffset(element: Extract<PatternElement, { kind: "offset" }>, text: string, start: number, fields: ParsedFields): number {
  let position = start;
  const rest = text.slice(start, start + 16);

  if (element.allowZ && (rest[0] === "Z" || rest[0] === "z")) {
    fields.zone = parseTimeZone("Z") as TimeZone;
    return start + 1;
  }

  if (element.gmtPrefix) {
    const prefix = /^(GMT|UTC|UT)/i.exec(rest);
    if (prefix !== null) {
      position += prefix[0].length;
      if (!/^[+-]/.test(text.slice(position, position + 1))) {
        fields.zone = parseTimeZone("UTC") as TimeZone;
        return position;
      }
    }
  }

  const match = OFFSET_AT.exec(text.slice(position, position + 12));
  if (match === null) {
    return -1;
  }

  const zone = parseTimeZone(`${match[1]}${(match[2] as string).padStart(2, "0")}:${match[3] ?? "00"}${match[4] === undefined ? "" : `:${match[4]}`}`);
  if (zone === null) {
    return -1;
  }
  fields.zone = zone;
  return position + match[0].length;
}

function matchZoneName(text: string, start: number, fields: ParsedFields): number {
  const match = /^[A-Za-z][A-Za-z0-9_/+-]*/.exec(text.slice(start, start + 64));
  if (match === null) {
    return -1;
  }

  const name = match[0];
  const zone = parseTimeZone(ABBREVIATIONS.get(name.toUpperCase()) ?? name);
  if (zone === null) {
    return -1;
  }
  fields.zone = zone;
  return start + name.length;
}

/**
 * Turns parsed fields into an instant: the zone written in the text wins, then `fallbackZone`;
 * with neither, null. Missing date fields default to `defaultYear`, January and the 1st; missing
 * clock fields to zero. Returns null for impossible values (month 13, February 30th, hour 25).
 */
export function resolveFields(fields: ParsedFields, defaultYear: number, fallbackZone: TimeZone | undefined): ResolvedTime | null {
  const zone = fields.zone ?? fallbackZone;
  const numbers = fields.numbers;
  if (zone === undefined) {
    return null;
  }

  let year = numbers.year ?? (numbers.twoDigitYear === undefined ? defaultYear : 2000 + numbers.twoDigitYear);
  if (fields.bc === true) {
    year = 1 - year;
  }

  const date = monthAndDay(fields, year);
  const hour = hourOf(fields);
  const minute = numbers.minute ?? 0;
  const second = numbers.second ?? 0;
  if (date === null || hour === null || minute > 59 || second > 59) {
    return null;
  }

  const fraction = fields.fractionDigits ?? (numbers.nano === undefined ? "" : String(numbers.nano).padStart(9, "0"));
  const millisecond = fraction === "" ? 0 : Number(fraction.padEnd(3, "0").slice(0, 3));

  const epochMs = fromLocalTime({ year, month: date.month, day: date.day, hour, minute, second, millisecond }, zone);
  return fields.zone === undefined ? { epochMs } : { epochMs, zone: fields.zone };
}

function monthAndDay(fields: ParsedFields, year: number): { month: number; day: number } | null {
  const numbers = fields.numbers;
  const month = fields.month ?? numbers.month;

  if (month === undefined && numbers.day === undefined && numbers.dayOfYear !== undefined) {
    if (numbers.dayOfYear < 1 || numbers.dayOfYear > daysInYear(year)) {
      return null;
    }
    const ordinal = new Date(0);
    ordinal.setUTCFullYear(year, 0, numbers.dayOfYear);
    return { month: ordinal.getUTCMonth() + 1, day: ordinal.getUTCDate() };
  }

  const resolvedMonth = month ?? 1;
  const day = numbers.day ?? 1;
  if (resolvedMonth < 1 || resolvedMonth > 12 || day < 1 || day > daysInMonth(year, resolvedMonth)) {
    return null;
  }
  return { month: resolvedMonth, day };
}

function hourOf(fields: ParsedFields): number | null {
  const numbers = fields.numbers;
  const afternoon = fields.pm === true ? 12 : 0;

  if (numbers.hour !== undefined) {
    return numbers.hour <= 23 ? numbers.hour : null;
  }
  if (numbers.clockHour24 !== undefined) {
    return numbers.clockHour24 >= 1 && numbers.clockHour24 <= 24 ? numbers.clockHour24 % 24 : null;
  }
  if (numbers.hour12 !== undefined) {
    if (numbers.hour12 < 1 || numbers.hour12 > 12) {
      return null;
    }
    return (numbers.hour12 % 12) + afternoon;
  }
  if (numbers.hour0to11 !== undefined) {
    return numbers.hour0to11 <= 11 ? numbers.hour0to11 + afternoon : null;
  }
  return 0;
}

function daysInYear(year: number): number {
  return daysInMonth(year, 2) === 29 ? 366 : 365;
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}
