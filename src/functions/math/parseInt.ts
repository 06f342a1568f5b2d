/** parseInt(): reads a field's value as an unsigned integer in some radix. */
import { z } from "zod";
import { fieldName, oneOf } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

interface ParseIntArgs {
  field: string;
  radix: number;
  endian: "big" | "little";
  as?: string;
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/** The largest unsigned 64-bit integer; parseInt() gives no output above it. */
const MAX_UNSIGNED_64 = 2n ** 64n - 1n;

export const parseIntFunction: FunctionDefinition<ParseIntArgs> = {
  name: "parseInt",
  kind: "transformation",
  docsPage: "functions-parseint",
  summary: "Converts a field's unsigned integer in radix 2-36 (16 by default, 0x or 16# prefix allowed) to decimal, in place unless as= is given.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field holding the digits." },
    radix: {
      type: "number",
      schema: z.number({ error: "expected a whole number from 2 to 36" }).int({ error: "expected a whole number from 2 to 36" }).min(2, { error: "expected a whole number from 2 to 36" }).max(36, { error: "expected a whole number from 2 to 36" }).default(16),
      description: "The base of the input, 2 to 36.",
    },
    endian: { type: "string", schema: oneOf(["big", "little"], "big"), description: "The order of hexadecimal digit pairs: big (most significant first) or little." },
    as: { type: "field", schema: fieldName().optional(), description: "The output field; the input field by default." },
  },
  compile(args) {
    const { field, radix, endian } = args;
    return valueFunction(args.as ?? field, new Set([field]), (event) => {
      const value = event.get(field);
      return value === undefined ? null : parseUnsigned(value, radix, endian === "little");
    });
  },
};

/**
 * Converts an unsigned 64-bit integer written in `radix` to decimal text; returns null for
 * anything else. With little endian, digit pairs are read last pair first: `8001` is 0x0180 = 384
 * (functions-parseint).
 */
export function parseUnsigned(text: string, radix: number, littleEndian: boolean): string | null {
  let digits = text.trim().toLowerCase();
  if (radix === 16 && digits.startsWith("0x")) {
    digits = digits.slice(2);
  } else if (digits.startsWith(`${radix}#`)) {
    digits = digits.slice(String(radix).length + 1);
  }

  const allowed = DIGITS.slice(0, radix);
  if (digits === "" || [...digits].some((digit) => !allowed.includes(digit))) {
    return null;
  }

  if (littleEndian && radix === 16) {
    digits = reversePairs(digits);
  }

  // An unsigned 64-bit value has at most 64 digits (in radix 2); longer input cannot fit.
  digits = digits.replace(/^0+(?=.)/, "");
  if (digits.length > 64) {
    return null;
  }

  let value = 0n;
  const base = BigInt(radix);
  for (const digit of digits) {
    value = value * base + BigInt(allowed.indexOf(digit));
  }
  return value <= MAX_UNSIGNED_64 ? value.toString() : null;
}

function reversePairs(digits: string): string {
  const even = digits.length % 2 === 0 ? digits : "0" + digits;
  const pairs = even.match(/../g) as string[];
  return pairs.reverse().join("");
}
