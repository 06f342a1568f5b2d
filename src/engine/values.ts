/**
 * Reading field values as numbers and booleans, and printing computed values, the way LogScale
 * does. Field values carry no type: a function decides how to read the string it gets.
 */
import type { Value } from "../functions/types.js";

/**
 * An integer or real literal with an optional sign and exponent: `12`, `-0.5`, `1.74587E100`.
 * Grouping characters (`1,000`), surrounding spaces, hex, `NaN` and `Infinity` are not numbers
 * (syntax-expressions and functions-format docs pages).
 */
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Tells whether the whole string is a number literal. */
export function isNumberText(text: string): boolean {
  return NUMBER_PATTERN.test(text);
}

/** Reads a string as a number; returns null when the whole string is not a number literal. */
export function parseNumber(text: string): number | null {
  if (!NUMBER_PATTERN.test(text)) {
    return null;
  }

  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads an expression value as a number: numbers as they are, strings when they are number
 * literals. Booleans and null are not numbers.
 */
export function toNumber(value: Value): number | null {
  if (typeof value === "number") {
    return value;
  }

  if (typeof value === "string") {
    return parseNumber(value);
  }

  return null;
}

/** Reads `true` / `false` (any case is not accepted: LogScale's literals are lower case). */
export function parseBoolean(text: string): boolean | null {
  if (text === "true") {
    return true;
  }

  if (text === "false") {
    return false;
  }

  return null;
}

/**
 * Prints a number as LogScale prints computed values: integral values without a decimal point
 * (`4/2` gives `2`), others as the shortest decimal that reads back as the same double
 * (`16.666666666666664`). JavaScript's `String` does both.
 * NOTE: magnitudes of 1e21 and above, and below 1e-6, print in JavaScript's exponent form
 * (`1e+21`); LogScale runs on the JVM and may print `1.0E21`, which no docs page shows.
 */
export function formatNumber(value: number): string {
  if (Object.is(value, -0)) {
    return "0";
  }

  return String(value);
}

/** Prints a boolean as the field value LogScale writes. */
export function formatBoolean(value: boolean): string {
  return value ? "true" : "false";
}

/** Turns an expression value into the string a field receives; null stays null (no field). */
export function valueToText(value: Value): string | null {
  if (value === null) {
    return null;
  }

  if (typeof value === "number") {
    return Number.isFinite(value) ? formatNumber(value) : null;
  }

  if (typeof value === "boolean") {
    return formatBoolean(value);
  }

  return value;
}
