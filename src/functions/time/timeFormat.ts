/**
 * The date and time conversions of formatTime(), a subset of Java's Formatter `%t` conversions
 * (functions-formattime docs page): `%Y-%m-%d %H:%M:%S` and friends. Month and day names are
 * English unless a locale is given.
 */
import { formatOffset, toLocalTime, type LocalTime, type TimeZone } from "./zone.js";

/** Month and weekday names for one locale. */
export interface CalendarNames {
  months: readonly string[];
  shortMonths: readonly string[];
  /** Monday first. */
  weekdays: readonly string[];
  shortWeekdays: readonly string[];
  am: string;
  pm: string;
}

export const ENGLISH_NAMES: CalendarNames = {
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  shortWeekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  am: "am",
  pm: "pm",
};

const namesByLocale = new Map<string, CalendarNames>();

/** The names of a BCP 47 locale, from Intl. */
export function calendarNames(locale: string | undefined): CalendarNames {
  if (locale === undefined) {
    return ENGLISH_NAMES;
  }

  let names = namesByLocale.get(locale);
  if (names === undefined) {
    names = intlNames(locale);
    namesByLocale.set(locale, names);
  }
  return names;
}

function intlNames(locale: string): CalendarNames {
  const name = (options: Intl.DateTimeFormatOptions, time: number) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(time);
  const months = Array.from({ length: 12 }, (_, index) => Date.UTC(2021, index, 15));
  // 2021-03-01 was a Monday.
  const days = Array.from({ length: 7 }, (_, index) => Date.UTC(2021, 2, 1 + index));
  const dayPeriod = (hour: number) =>
    new Intl.DateTimeFormat(locale, { hour: "numeric", hour12: true, timeZone: "UTC" })
      .formatToParts(Date.UTC(2021, 0, 1, hour))
      .find((part) => part.type === "dayPeriod")?.value ?? (hour < 12 ? "AM" : "PM");

  return {
    months: months.map((time) => name({ month: "long" }, time)),
    shortMonths: months.map((time) => name({ month: "short" }, time)),
    weekdays: days.map((time) => name({ weekday: "long" }, time)),
    shortWeekdays: days.map((time) => name({ weekday: "short" }, time)),
    am: dayPeriod(1).toLowerCase(),
    pm: dayPeriod(13).toLowerCase(),
  };
}

/** The conversion letters formatTime() accepts after `%`. */
export const TIME_CONVERSIONS = "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc";

/** Why a format string was rejected, and where. */
export class TimeFormatError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
    this.name = "TimeFormatError";
  }
}

type Piece = string | ((time: FormatInput) => string);

interface FormatInput {
  epochMs: number;
  local: LocalTime;
  zone: TimeZone;
  names: CalendarNames;
}

/**
 * Compiles a format string once into a function of an instant.
 * @throws TimeFormatError for a `%` followed by a letter that is not a conversion.
 */
export function compileTimeFormat(format: string): (epochMs: number, zone: TimeZone, names: CalendarNames) => string {
  const pieces: Piece[] = [];
  let literal = "";

  for (let index = 0; index < format.length; index += 1) {
    const char = format[index] as string;
    if (char !== "%") {
      literal += char;
      continue;
    }

    const letter = format[index + 1];
    index += 1;
    if (letter === "%") {
      literal += "%";
    } else if (letter === "n") {
      literal += "\n";
    } else if (letter !== undefined && TIME_CONVERSIONS.includes(letter)) {
      if (literal !== "") {
        pieces.push(literal);
        literal = "";
      }
      const conversion = letter;
      pieces.push((input) => convertTime(conversion, input.epochMs, input.local, input.zone, input.names));
    } else {
      const shown = letter === undefined ? "%" : `%${letter}`;
      throw new TimeFormatError(
        `unknown time conversion ${shown} at offset ${index - 1}; use one of ${[...TIME_CONVERSIONS].map((code) => `%${code}`).join(" ")}, or %% for a percent sign`,
        index - 1,
      );
    }
  }
  if (literal !== "") {
    pieces.push(literal);
  }

  return (epochMs, zone, names) => {
    const input: FormatInput = { epochMs, local: toLocalTime(epochMs, zone), zone, names };
    let result = "";
    for (const piece of pieces) {
      result += typeof piece === "string" ? piece : piece(input);
    }
    return result;
  };
}

/** One `%t` conversion of Java's Formatter for an instant already split into local fields. */
export function convertTime(letter: string, epochMs: number, local: LocalTime, zone: TimeZone, names: CalendarNames): string {
  const hour12 = local.hour % 12 === 0 ? 12 : local.hour % 12;

  switch (letter) {
    case "H":
      return pad(local.hour, 2);
    case "I":
      return pad(hour12, 2);
    case "k":
      return String(local.hour);
    case "l":
      return String(hour12);
    case "M":
      return pad(local.minute, 2);
    case "S":
      return pad(local.second, 2);
    case "L":
      return pad(local.millisecond, 3);
    case "N":
      return pad(local.millisecond * 1_000_000, 9);
    case "p":
      return local.hour < 12 ? names.am : names.pm;
    case "z":
      return formatOffset(local.offset, false);
    case "Z":
      return zone.shortName(epochMs);
    case "s":
      return String(Math.floor(epochMs / 1000));
    case "Q":
      return String(epochMs);
    case "B":
      return names.months[local.month - 1] as string;
    case "b":
    case "h":
      return names.shortMonths[local.month - 1] as string;
    case "A":
      return names.weekdays[local.dayOfWeek - 1] as string;
    case "a":
      return names.shortWeekdays[local.dayOfWeek - 1] as string;
    case "C":
      return pad(Math.floor(local.year / 100), 2);
    case "Y":
      return pad(local.year, 4);
    case "y":
      return pad(local.year % 100, 2);
    case "j":
      return pad(local.dayOfYear, 3);
    case "m":
      return pad(local.month, 2);
    case "d":
      return pad(local.day, 2);
    case "e":
      return String(local.day);
    default:
      return composite(letter, epochMs, local, zone, names);
  }
}

/** The conversions that stand for several others (Java's Formatter documents each expansion). */
function composite(letter: string, epochMs: number, local: LocalTime, zone: TimeZone, names: CalendarNames): string {
  const part = (code: string) => convertTime(code, epochMs, local, zone, names);

  switch (letter) {
    case "R":
      return `${part("H")}:${part("M")}`;
    case "T":
      return `${part("H")}:${part("M")}:${part("S")}`;
    case "r":
      return `${part("I")}:${part("M")}:${part("S")} ${part("p").toUpperCase()}`;
    case "D":
      return `${part("m")}/${part("d")}/${part("y")}`;
    case "F":
      return `${part("Y")}-${part("m")}-${part("d")}`;
    case "c":
      return `${part("a")} ${part("b")} ${part("d")} ${part("T")} ${part("Z")} ${part("Y")}`;
    default:
      throw new Error(`unknown time conversion %${letter}`);
  }
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value));
  const padded = text.length >= width ? text : "0".repeat(width - text.length) + text;
  return value < 0 ? `-${padded}` : padded;
}
