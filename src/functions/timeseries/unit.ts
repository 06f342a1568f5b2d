/**
 * The `unit` parameter of bucket() and timeChart(): converts each bucket's value from an amount
 * per bucket into another unit and rate, such as `bytes/span to Kbytes/day` or `1/s` (docs page
 * functions-timechart). A side is `amount[/time]`. The time is `span` (or `bucket`), meaning the
 * bucket's length, or a duration such as `s`, `min` or `day`. A prefix such as `K` or `Mi` on the
 * amount scales it. A lone side converts from the same amount per bucket.
 */
import { DURATION_UNITS, parseDuration } from "../time/relativeTime.js";

/** Multiplies a bucket's value, given the bucket's length in milliseconds. */
export type UnitConversion = (spanMs: number) => number;

const PREFIXES: ReadonlyMap<string, number> = new Map([
  ["k", 1e3],
  ["K", 1e3],
  ["M", 1e6],
  ["G", 1e9],
  ["T", 1e12],
  ["P", 1e15],
  ["Ki", 1024],
  ["Mi", 1024 ** 2],
  ["Gi", 1024 ** 3],
  ["Ti", 1024 ** 4],
  ["Pi", 1024 ** 5],
]);

interface Side {
  amount: string;
  /** The time the amount is counted over, in milliseconds; undefined for the bucket's span. */
  per: number | undefined;
}

/** Parses a unit conversion; returns an error message for text it cannot read. */
export function parseUnitConversion(text: string): UnitConversion | string {
  const parts = text.split(/\s+to\s+/);
  if (parts.length > 2) {
    return `invalid unit ${JSON.stringify(text)}: write FROM to TO, e.g. "bytes/span to Kbytes/day", or only TO, e.g. "1/s"`;
  }

  const to = parseSide(parts[parts.length - 1] as string);
  const from = parts.length === 2 ? parseSide(parts[0] as string) : { amount: typeof to === "string" ? "" : to.amount, per: undefined };
  if (typeof to === "string") {
    return to;
  }
  if (typeof from === "string") {
    return from;
  }

  const scale = amountScale(from.amount, to.amount);
  return (spanMs) => (scale * (to.per ?? spanMs)) / (from.per ?? spanMs);
}

function parseSide(text: string): Side | string {
  const [amount, per, extra] = text.trim().split("/").map((part) => part.trim());
  if (extra !== undefined || amount === undefined) {
    return `invalid unit ${JSON.stringify(text)}: expected an amount and at most one /time, e.g. Kbytes/day`;
  }
  if (per === undefined || per === "span" || per === "bucket") {
    return { amount, per: undefined };
  }

  const milliseconds = parseDuration(/^\d/.test(per) ? per : `1${per}`);
  if (milliseconds === null || milliseconds <= 0) {
    return `invalid time ${JSON.stringify(per)} in unit ${JSON.stringify(text)}: use span or a duration unit (${DURATION_UNITS})`;
  }
  return { amount, per: milliseconds };
}

/** Returns the factor from one amount unit to another that differs from it by a prefix, else 1. */
function amountScale(from: string, to: string): number {
  if (from === to) {
    return 1;
  }
  if (to.endsWith(from)) {
    return 1 / (PREFIXES.get(to.slice(0, to.length - from.length)) ?? 1);
  }
  if (from.endsWith(to)) {
    return PREFIXES.get(from.slice(0, from.length - to.length)) ?? 1;
  }
  return 1;
}
