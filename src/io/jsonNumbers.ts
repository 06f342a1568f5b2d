/**
 * Keeps the text of JSON numbers. LogScale stores a JSON number as the text it was written with,
 * so `7.0` stays `7.0` and `9007199254740993` keeps its last digit, while JSON.parse would turn
 * them into doubles (`7`, `9007199254740992`). Quoting a number literal before JSON.parse
 * makes it a string with exactly that text. Integers of up to 15 digits stay numbers, because a
 * double represents them exactly and prints them with the same text, and parsing them as numbers is
 * cheaper.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const PLUS = 0x2b;
const ZERO = 0x30;
const NINE = 0x39;

/** Every integer with this many digits or fewer is below 2^53, so a double represents it exactly. */
const MAX_EXACT_DIGITS = 15;

/**
 * A number can only stand right after `:`, `,` or `[` (spaces aside), so text without such a
 * pair has no number to quote. Strings may contain such pairs too, which only costs a scan.
 */
const MAY_HOLD_NUMBER = /[:,[]\s*-?\d/;

/**
 * Returns the JSON text with each number literal in a value position written as a string,
 * unless it is an integer that a double prints the same (see `printsAsWritten`). Text
 * that is not valid JSON stays invalid. A number is quoted only where JSON allows a value and
 * only when it follows the JSON grammar (RFC 8259, section 6), so JSON.parse still rejects `01`,
 * `1.` or a number used as an object key.
 */
export function quoteNumbers(text: string): string {
  if (!MAY_HOLD_NUMBER.test(text)) {
    return text;
  }

  // For each open bracket, whether it is an object; a `,` in an object is followed by a key.
  const inObject: boolean[] = [];
  let valueMayStart = false;
  let output = "";
  let copied = 0;

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);

    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (end === -1) return text;
      i = end - 1;
      valueMayStart = false;
    } else if (valueMayStart && (code === MINUS || isDigit(code))) {
      const end = jsonNumberEnd(text, i);
      if (end !== -1) {
        if (!printsAsWritten(text, i, end)) {
          output += `${text.slice(copied, i)}"${text.slice(i, end)}"`;
          copied = end;
        }
        i = end - 1;
      }
      valueMayStart = false;
    } else if (code === COLON || code === OPEN_BRACKET) {
      valueMayStart = true;
      if (code === OPEN_BRACKET) inObject.push(false);
    } else if (code === COMMA) {
      valueMayStart = inObject[inObject.length - 1] === false;
    } else if (code === OPEN_BRACE) {
      inObject.push(true);
      valueMayStart = false;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      inObject.pop();
      valueMayStart = false;
    } else if (!isWhitespace(code)) {
      valueMayStart = false;
    }
  }

  return copied === 0 ? text : output + text.slice(copied);
}

/** Returns the index after the string that starts at `start`, or -1 when it is not closed. */
function stringEnd(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);

  while (quote !== -1 && isEscaped(text, quote)) {
    quote = text.indexOf('"', quote + 1);
  }
  return quote === -1 ? -1 : quote + 1;
}

/** Tells whether the quote at `quote` is escaped, which it is after an odd number of backslashes. */
function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let i = quote - 1; i >= 0 && text.charCodeAt(i) === BACKSLASH; i--) {
    backslashes++;
  }
  return backslashes % 2 === 1;
}

/**
 * Returns the index after the JSON number at `start`: `-`, an integer part without leading
 * zeros, an optional fraction and an optional exponent. Returns -1 when the text there is not
 * such a number, or when more number characters follow it (`01`, `1.2.3`).
 */
function jsonNumberEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === MINUS) i++;

  if (text.charCodeAt(i) === ZERO) {
    i++;
  } else if (isDigit(text.charCodeAt(i))) {
    i = digitsEnd(text, i);
  } else {
    return -1;
  }

  if (text.charCodeAt(i) === DOT) {
    if (!isDigit(text.charCodeAt(i + 1))) return -1;
    i = digitsEnd(text, i + 1);
  }

  const exponent = text.charCodeAt(i);
  if (exponent === 0x65 || exponent === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === PLUS || sign === MINUS) i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    i = digitsEnd(text, i);
  }

  return isNumberCharacter(text.charCodeAt(i)) ? -1 : i;
}

/**
 * Tells whether the number from `start` to `end` prints with the same text once read as a double:
 * an integer of at most 15 digits (below 2^53, so exact), other than `-0`.
 */
function printsAsWritten(text: string, start: number, end: number): boolean {
  const negative = text.charCodeAt(start) === MINUS;
  const digitsStart = negative ? start + 1 : start;
  if (end - digitsStart > MAX_EXACT_DIGITS || digitsEnd(text, digitsStart) !== end) {
    return false;
  }
  return !(negative && text.charCodeAt(digitsStart) === ZERO);
}

function digitsEnd(text: string, start: number): number {
  let i = start;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** Digits, `.`, `e`, `E`, `+` and `-`. */
function isNumberCharacter(code: number): boolean {
  return isDigit(code) || code === DOT || code === 0x65 || code === 0x45 || code === PLUS || code === MINUS;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
