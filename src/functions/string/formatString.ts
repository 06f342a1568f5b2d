/**
 * The format-string syntax of format(), parsed once per query. LogScale's format() follows
 * Java's Formatter (docs page functions-format): a specifier is
 * `%[argument_index$][flags][width][.precision][length]conversion`, where `argument_index$`
 * picks a field by its 1-based position in `field=[...]` and `%<` reuses the previous
 * specifier's field. Date and time conversions are `%t` or `%T` followed by one letter.
 */
import { TIME_CONVERSIONS } from "../time/timeFormat.js";

export interface FormatFlags {
  /** `-`: pad on the right instead of the left. */
  leftJustify: boolean;
  /** `+`: always print a sign on numbers. */
  plus: boolean;
  /** ` `: print a space in place of the `+` sign of non-negative numbers. */
  space: boolean;
  /** `0`: pad numbers with zeros up to the width. */
  zeroPad: boolean;
  /** `,`: group the integer digits in threes with commas. */
  grouping: boolean;
  /** `#`: alternate form (`0x` before hex, `0` before octal, a decimal point even without decimals). */
  alternate: boolean;
  /** `(`: write negative numbers in parentheses without a minus sign. */
  parentheses: boolean;
}

/** One `%...` specifier. */
export interface Specifier {
  /** The specifier as written, for error messages. */
  text: string;
  /** Offset of the `%` in the format string. */
  offset: number;
  /** The 0-based position in `field=[...]` of the value it prints; -1 for `%%` and `%n`. */
  argument: number;
  flags: FormatFlags;
  width?: number;
  precision?: number;
  /** `h` reads integers as 32-bit values; `l` and `ll` change nothing (integers are 64-bit). */
  length?: "h" | "l" | "ll";
  /** The conversion letter as written (`d`, `s`, `X`, `t`...). */
  conversion: string;
  /** For `%t` and `%T`: the date or time letter that follows. */
  timeConversion?: string;
}

export type FormatPiece = string | Specifier;

/** A format string LogScale would reject; `offset` points at the offending specifier. */
export class FormatStringError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "FormatStringError";
  }
}

/**
 * The largest width or precision a specifier may give. It keeps one specifier from building a
 * string of gigabytes; the corpus uses at most 100.
 */
export const MAX_WIDTH = 10_000;

/** The conversion letters format() accepts. `i` is LogScale's synonym of `d`. */
const CONVERSIONS = "bBhHsScCdioxXeEfgGtT%n";

/** Java's Formatter syntax, read from the character after `%`. */
const SPECIFIER = /(\d+\$|<)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?(h|ll|l)?(.)?/y;

/**
 * Splits a format string into literal text and specifiers, and resolves every specifier's
 * argument position the way Java does. Plain specifiers take the fields in order. `n$` takes
 * field n without moving that order, and `%<` takes the field the previous specifier took.
 * @throws FormatStringError for an unknown conversion, a dangling `%`, or `%<` with no earlier field.
 */
export function parseFormatString(format: string): FormatPiece[] {
  const pieces: FormatPiece[] = [];
  let literal = "";
  let nextArgument = 0;
  let previousArgument = -1;
  let index = 0;

  while (index < format.length) {
    const percent = format.indexOf("%", index);
    if (percent === -1) {
      literal += format.slice(index);
      break;
    }
    literal += format.slice(index, percent);

    const { specifier, position } = readSpecifier(format, percent);
    index = percent + specifier.text.length;

    if (specifier.conversion === "%" && specifier.width === undefined) {
      literal += "%";
      continue;
    }
    if (specifier.conversion === "n") {
      literal += "\n";
      continue;
    }

    if (literal !== "") {
      pieces.push(literal);
      literal = "";
    }

    if (specifier.conversion !== "%") {
      specifier.argument = resolveArgument(specifier, position, nextArgument, previousArgument);
      if (position === undefined) {
        nextArgument += 1;
      }
      previousArgument = specifier.argument;
    }
    pieces.push(specifier);
  }

  if (literal !== "") {
    pieces.push(literal);
  }
  return pieces;
}

/** Counts the fields the format string reads: the highest argument position plus one. */
export function argumentsNeeded(pieces: readonly FormatPiece[]): number {
  let needed = 0;
  for (const piece of pieces) {
    if (typeof piece !== "string" && piece.argument >= 0) {
      needed = Math.max(needed, piece.argument + 1);
    }
  }
  return needed;
}

/** A specifier and its written argument position: `n$`, `<`, or none. */
interface ReadSpecifier {
  specifier: Specifier;
  position: string | undefined;
}

function readSpecifier(format: string, percent: number): ReadSpecifier {
  SPECIFIER.lastIndex = percent + 1;
  const match = SPECIFIER.exec(format) as RegExpExecArray;
  const [, index, flagText = "", width, precision, length, conversion] = match;

  if (conversion === undefined || !CONVERSIONS.includes(conversion)) {
    const shown = format.slice(percent, SPECIFIER.lastIndex);
    const what = conversion === undefined ? `the format string ends after "${shown}"` : `unknown conversion "${shown}"`;
    throw new FormatStringError(
      `invalid format specifier at offset ${percent}: ${what}; use a conversion such as %s, %d, %x, %f or %tH, and %% for a percent sign`,
      percent,
    );
  }

  let end = SPECIFIER.lastIndex;
  let timeConversion: string | undefined;
  if (conversion === "t" || conversion === "T") {
    timeConversion = format[end];
    if (timeConversion === undefined || !TIME_CONVERSIONS.includes(timeConversion)) {
      throw new FormatStringError(
        `invalid date/time specifier "${format.slice(percent, end + 1)}" at offset ${percent}: %t and %T must be followed by one of ${TIME_CONVERSIONS}`,
        percent,
      );
    }
    end += 1;
    if (precision !== undefined) {
      throw new FormatStringError(`invalid date/time specifier "${format.slice(percent, end)}" at offset ${percent}: date and time conversions take no precision`, percent);
    }
  }

  const specifier: Specifier = {
    text: format.slice(percent, end),
    offset: percent,
    argument: -1,
    flags: readFlags(flagText),
    conversion,
  };
  for (const [what, written] of [["width", width], ["precision", precision]] as const) {
    if (written !== undefined && Number(written) > MAX_WIDTH) {
      throw new FormatStringError(
        `the ${what} ${written} of "${specifier.text}" at offset ${percent} is above the maximum ${MAX_WIDTH.toLocaleString("en-US")}; give a smaller ${what}`,
        percent,
      );
    }
  }
  if (width !== undefined) specifier.width = Number(width);
  if (precision !== undefined) specifier.precision = Number(precision);
  if (length !== undefined) specifier.length = length as "h" | "l" | "ll";
  if (timeConversion !== undefined) specifier.timeConversion = timeConversion;
  return { specifier, position: index };
}

function readFlags(text: string): FormatFlags {
  return {
    leftJustify: text.includes("-"),
    plus: text.includes("+"),
    space: text.includes(" "),
    zeroPad: text.includes("0"),
    grouping: text.includes(","),
    alternate: text.includes("#"),
    parentheses: text.includes("("),
  };
}

function resolveArgument(specifier: Specifier, position: string | undefined, nextArgument: number, previousArgument: number): number {
  if (position === undefined) {
    return nextArgument;
  }

  if (position === "<") {
    if (previousArgument < 0) {
      throw new FormatStringError(`"${specifier.text}" at offset ${specifier.offset} reuses the previous field, but no earlier specifier read one`, specifier.offset);
    }
    return previousArgument;
  }

  const written = Number(position.slice(0, -1));
  if (written < 1) {
    throw new FormatStringError(`"${specifier.text}" at offset ${specifier.offset} names field 0; field positions start at 1$`, specifier.offset);
  }
  return written - 1;
}
