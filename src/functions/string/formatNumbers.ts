/**
 * The numeric conversions of format(): integers (`%d %i %o %x %X`) and floating point
 * (`%f %e %E %g %G`), with Java Formatter's flags. Field values are text, so each conversion
 * first reads the value as a number; a value that is not a number gives no result.
 */
import { parseNumber } from "../../engine/values.js";
import type { Specifier } from "./formatString.js";

/** Whole numbers short enough to convert digit by digit; longer ones go through a double. */
const INTEGER_TEXT = /^[+-]?\d{1,40}$/;

/**
 * Formats an integer conversion. A decimal value counts by its integer part (`%d` of `7.9` is
 * `7`), since format() rounds only floating-point conversions (docs page functions-format).
 */
export function formatIntegral(spec: Specifier, text: string): string | null {
  let value = readInteger(text);
  if (value === null) {
    return null;
  }

  if (spec.length === "h") {
    value = BigInt.asIntN(32, value);
  }

  const conversion = spec.conversion;
  if (conversion === "d" || conversion === "i") {
    return formatDecimalInteger(spec, value);
  }
  return formatUnsignedInteger(spec, value);
}

/** Formats `%f`, `%e`, `%E`, `%g` or `%G`. */
export function formatFloating(spec: Specifier, text: string): string | null {
  const value = parseNumber(text);
  if (value === null) {
    return null;
  }

  const negative = value < 0 || Object.is(value, -0);
  const decimal = toDecimal(Math.abs(value));
  const lower = spec.conversion.toLowerCase();
  const precision = spec.precision ?? 6;

  let body: string;
  if (lower === "f") {
    body = fixed(decimal, precision, spec);
  } else if (lower === "e") {
    body = scientific(decimal, precision, spec);
  } else {
    body = general(decimal, precision === 0 ? 1 : precision, spec);
  }

  if (spec.conversion === "E" || spec.conversion === "G") {
    body = body.toUpperCase();
  }
  return signAndPad(spec, negative, "", body);
}

/** Pads a converted value with spaces to the specifier's width, on the left unless `-` is set. */
export function padToWidth(spec: Specifier, text: string): string {
  const width = spec.width ?? 0;
  if (text.length >= width) {
    return text;
  }

  const padding = " ".repeat(width - text.length);
  return spec.flags.leftJustify ? text + padding : padding + text;
}

// ---------------------------------------------------------------------------------------------
// Integers

function readInteger(text: string): bigint | null {
  if (INTEGER_TEXT.test(text)) {
    return BigInt(text);
  }

  const number = parseNumber(text);
  return number === null ? null : BigInt(Math.trunc(number));
}

function formatDecimalInteger(spec: Specifier, value: bigint): string {
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString();
  digits = withMinimumDigits(digits, spec.precision);
  if (spec.flags.grouping) {
    digits = groupThousands(digits);
  }
  return signAndPad(spec, negative, "", digits);
}

/** `%o`, `%x`, `%X`: a negative value prints as its 64-bit two's complement (32-bit with `h`). */
function formatUnsignedInteger(spec: Specifier, value: bigint): string {
  const bits = spec.length === "h" ? 32 : 64;
  const unsigned = value < 0n ? BigInt.asUintN(bits, value) : value;
  const radix = spec.conversion === "o" ? 8 : 16;

  let digits = withMinimumDigits(unsigned.toString(radix), spec.precision);
  let prefix = "";
  if (spec.flags.alternate) {
    prefix = radix === 8 ? "0" : "0x";
  }

  if (spec.conversion === "X") {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  return zeroPadOrSpaces(spec, prefix, digits);
}

/** Pads integer digits with zeros to the precision, which sets the minimum digit count as in C's printf. */
function withMinimumDigits(digits: string, precision: number | undefined): string {
  return precision !== undefined && digits.length < precision ? "0".repeat(precision - digits.length) + digits : digits;
}

function groupThousands(digits: string): string {
  let grouped = "";
  for (let index = 0; index < digits.length; index += 1) {
    if (index > 0 && (digits.length - index) % 3 === 0) {
      grouped += ",";
    }
    grouped += digits[index];
  }
  return grouped;
}

// ---------------------------------------------------------------------------------------------
// Signs and padding

/** Adds the sign (or parentheses) the flags ask for, then pads to the width. */
function signAndPad(spec: Specifier, negative: boolean, prefix: string, magnitude: string): string {
  const flags = spec.flags;
  let lead = prefix;
  let trail = "";

  if (negative) {
    if (flags.parentheses) {
      lead = "(" + lead;
      trail = ")";
    } else {
      lead = "-" + lead;
    }
  } else if (flags.plus) {
    lead = "+" + lead;
  } else if (flags.space) {
    lead = " " + lead;
  }

  return zeroPadOrSpaces(spec, lead, magnitude, trail);
}

/** With `0` (and without `-`), zeros go between the sign or prefix and the digits. */
function zeroPadOrSpaces(spec: Specifier, lead: string, digits: string, trail = ""): string {
  const width = spec.width ?? 0;
  const length = lead.length + digits.length + trail.length;
  if (spec.flags.zeroPad && !spec.flags.leftJustify && length < width) {
    return lead + "0".repeat(width - length) + digits + trail;
  }
  return padToWidth(spec, lead + digits + trail);
}

// ---------------------------------------------------------------------------------------------
// Floating point

/**
 * A non-negative number as decimal digits: the value is `d.ddd × 10^exponent`. The digits are
 * the shortest that read back as the same double, so rounding works on the number as it prints
 * (`%.2f` of `1.005` gives `1.01`, "standard math rules" per the docs page functions-format),
 * the way Java's Formatter rounds.
 */
interface Decimal {
  digits: string;
  exponent: number;
}

function toDecimal(value: number): Decimal {
  if (value === 0) {
    return { digits: "0", exponent: 0 };
  }

  const [mantissa = "0", exponent = "0"] = value.toExponential().split("e");
  return { digits: mantissa.replace(".", ""), exponent: Number(exponent) };
}

/** Rounds half up to `count` significant digits; a count below 1 rounds to zero or one unit. */
function roundDigits(decimal: Decimal, count: number): Decimal {
  if (decimal.digits === "0" || count >= decimal.digits.length) {
    return decimal;
  }

  if (count < 0) {
    return { digits: "0", exponent: 0 };
  }

  const roundUp = (decimal.digits[count] as string) >= "5";
  const kept = decimal.digits.slice(0, count);
  if (!roundUp) {
    return kept === "" ? { digits: "0", exponent: 0 } : { digits: kept, exponent: decimal.exponent };
  }

  const incremented = (BigInt(kept === "" ? "0" : kept) + 1n).toString();
  const carried = incremented.length > count;
  return { digits: incremented, exponent: decimal.exponent + (carried ? 1 : 0) };
}

/** `%f`: `precision` digits after the point. */
function fixed(decimal: Decimal, precision: number, spec: Specifier): string {
  const rounded = roundDigits(decimal, decimal.exponent + 1 + precision);
  const isZero = rounded.digits === "0";
  const integerLength = isZero ? 1 : rounded.exponent + 1;

  let integer: string;
  let fraction: string;
  if (isZero) {
    integer = "0";
    fraction = "";
  } else if (integerLength <= 0) {
    integer = "0";
    fraction = "0".repeat(-integerLength) + rounded.digits;
  } else {
    integer = rounded.digits.slice(0, integerLength).padEnd(integerLength, "0");
    fraction = rounded.digits.slice(integerLength);
  }

  fraction = fraction.padEnd(precision, "0").slice(0, precision);
  if (spec.flags.grouping) {
    integer = groupThousands(integer);
  }
  return precision > 0 || spec.flags.alternate ? `${integer}.${fraction}` : integer;
}

/** `%e`: one digit, a point, `precision` digits and an exponent of at least two digits. */
function scientific(decimal: Decimal, precision: number, spec: Specifier): string {
  const rounded = roundDigits(decimal, precision + 1);
  const digits = rounded.digits.padEnd(precision + 1, "0");
  const exponent = rounded.digits === "0" ? 0 : rounded.exponent;

  const mantissa = precision > 0 || spec.flags.alternate ? `${digits[0]}.${digits.slice(1)}` : (digits[0] as string);
  const sign = exponent < 0 ? "-" : "+";
  return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

/**
 * `%g`: after rounding to `precision` significant digits, values from 10^-4 up to (not
 * including) 10^precision print as `%f` and others as `%e`. Trailing zeros stay, as in Java.
 */
function general(decimal: Decimal, precision: number, spec: Specifier): string {
  const rounded = roundDigits(decimal, precision);
  const exponent = rounded.digits === "0" ? 0 : rounded.exponent;

  if (rounded.digits !== "0" && (exponent < -4 || exponent >= precision)) {
    return scientific(decimal, precision - 1, spec);
  }
  return fixed(decimal, precision - 1 - exponent, spec);
}
