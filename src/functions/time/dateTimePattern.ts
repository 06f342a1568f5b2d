/**
 * Java DateTimeFormatter patterns (`yyyy-MM-dd'T'HH:mm:ss[.SSS]XXX`), which parseTimestamp()
 * takes (functions-parsetimestamp docs page), compiled into a list of elements that
 * dateTimeParser.ts matches against text. The letters follow the table of Java's
 * DateTimeFormatter; letters no parser needs (week-based fields, quarters) are rejected.
 */

/** A calendar or clock field read as digits. */
export type NumericField = "year" | "twoDigitYear" | "month" | "day" | "dayOfYear" | "hour" | "clockHour24" | "hour12" | "hour0to11" | "minute" | "second" | "fraction" | "nano";

export type PatternElement =
  | { kind: "literal"; text: string }
  | { kind: "number"; field: NumericField; minWidth: number; maxWidth: number }
  | { kind: "monthName"; style: "short" | "long" }
  | { kind: "weekdayName"; style: "short" | "long" }
  | { kind: "amPm" }
  | { kind: "era" }
  | { kind: "offset"; allowZ: boolean; gmtPrefix: boolean }
  | { kind: "zoneName" }
  | { kind: "optional"; elements: PatternElement[] };

/** A pattern the compiler cannot read, with the offset of the offending text. */
export class DateTimePatternError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
    this.name = "DateTimePatternError";
  }
}

/**
 * Compiles a pattern.
 * @throws DateTimePatternError for an unknown or unsupported letter, an unclosed quote or bracket.
 */
export function compileDateTimePattern(pattern: string): PatternElement[] {
  const stack: PatternElement[][] = [[]];
  let index = 0;

  while (index < pattern.length) {
    const char = pattern[index] as string;
    const current = stack[stack.length - 1] as PatternElement[];

    if (char === "'") {
      const { text, next } = readQuoted(pattern, index);
      pushLiteral(current, text);
      index = next;
    } else if (char === "[") {
      const section: PatternElement[] = [];
      current.push({ kind: "optional", elements: section });
      stack.push(section);
      index += 1;
    } else if (char === "]") {
      if (stack.length === 1) {
        throw new DateTimePatternError(`unmatched ] at offset ${index}`, index);
      }
      stack.pop();
      index += 1;
    } else if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (pattern[index + count] === char) {
        count += 1;
      }
      current.push(letterElement(char, count, index));
      index += count;
    } else {
      pushLiteral(current, char);
      index += 1;
    }
  }

  if (stack.length > 1) {
    throw new DateTimePatternError("unclosed [ in the pattern: close the optional section with ]", pattern.length);
  }
  return stack[0] as PatternElement[];
}

function readQuoted(pattern: string, start: number): { text: string; next: number } {
  // '' is a single quote, inside or outside quotes.
  if (pattern[start + 1] === "'") {
    return { text: "'", next: start + 2 };
  }

  let text = "";
  let index = start + 1;
  while (index < pattern.length) {
    if (pattern[index] === "'") {
      if (pattern[index + 1] === "'") {
        text += "'";
        index += 2;
        continue;
      }
      return { text, next: index + 1 };
    }
    text += pattern[index];
    index += 1;
  }

  throw new DateTimePatternError(`unclosed quote at offset ${start}: end the literal text with '`, start);
}

function pushLiteral(elements: PatternElement[], text: string): void {
  const last = elements[elements.length - 1];
  if (last?.kind === "literal") {
    last.text += text;
  } else {
    elements.push({ kind: "literal", text });
  }
}

function number(field: NumericField, minWidth: number, maxWidth: number): PatternElement {
  return { kind: "number", field, minWidth, maxWidth };
}

/** Reads a run of `count` copies of `letter` as Java's DateTimeFormatter does. */
function letterElement(letter: string, count: number, index: number): PatternElement {
  switch (letter) {
    case "y":
    case "u":
      return count === 2 ? number("twoDigitYear", 2, 2) : number("year", count, 10);
    case "M":
    case "L":
      if (count >= 4) return { kind: "monthName", style: "long" };
      if (count === 3) return { kind: "monthName", style: "short" };
      return fixedOrVariable("month", count);
    case "d":
      return fixedOrVariable("day", count);
    case "D":
      return count === 1 ? number("dayOfYear", 1, 3) : number("dayOfYear", count, 3);
    case "H":
      return fixedOrVariable("hour", count);
    case "k":
      return fixedOrVariable("clockHour24", count);
    case "h":
      return fixedOrVariable("hour12", count);
    case "K":
      return fixedOrVariable("hour0to11", count);
    case "m":
      return fixedOrVariable("minute", count);
    case "s":
      return fixedOrVariable("second", count);
    case "S":
      // NOTE: Java requires exactly `count` digits; one to nine are accepted here, so the
      // default pattern's [.SSSSSSSSS] also reads .123 as LogScale's parsers do.
      return number("fraction", 1, 9);
    case "n":
      return number("nano", 1, 9);
    case "a":
      return { kind: "amPm" };
    case "E":
      return { kind: "weekdayName", style: count >= 4 ? "long" : "short" };
    case "G":
      return { kind: "era" };
    case "X":
      return { kind: "offset", allowZ: true, gmtPrefix: false };
    case "x":
    case "Z":
      return { kind: "offset", allowZ: letter === "Z" && count === 5, gmtPrefix: letter === "Z" && count === 4 };
    case "O":
      return { kind: "offset", allowZ: false, gmtPrefix: true };
    case "V":
    case "z":
    case "v":
      return { kind: "zoneName" };
    default:
      throw new DateTimePatternError(
        `unsupported pattern letter ${letter} at offset ${index}; put literal text in single quotes, e.g. 'T'`,
        index,
      );
  }
}

function fixedOrVariable(field: NumericField, count: number): PatternElement {
  return count === 1 ? number(field, 1, 2) : number(field, count, count);
}
