/**
 * Compares a query's output with a test's expectations and describes every difference down to
 * the field: "output event 0: field uniquePortCount: expected "25", got "24"".
 */
import type { OutputAssertion } from "./ruleFile.js";

export type Row = Record<string, string>;

/** The checks of one test; each one that is set must hold. */
export interface Expectations {
  /** true: some output; false: no output. */
  match?: boolean | undefined;
  count?: number | undefined;
  expect?: readonly OutputAssertion[] | undefined;
  rows?: readonly Row[] | undefined;
  /** Compare `rows` in order instead of as a multiset. */
  ordered?: boolean | undefined;
}

/** Values longer than this are cut in messages, so a huge field cannot flood the report. */
const MAX_SHOWN_VALUE = 120;
/** Fields shown when a whole row is printed. */
const MAX_SHOWN_FIELDS = 12;

/** Returns one message per failed check; an empty list means the output passes. */
export function checkOutput(output: readonly Row[], expectations: Expectations): string[] {
  const failures: string[] = [];

  if (expectations.match === true && output.length === 0) {
    failures.push("expected the query to match, but it produced no output");
  }
  if (expectations.match === false && output.length > 0) {
    failures.push(`expected no output, but the query produced ${plural(output.length, "event")}; the first: ${showRow(output[0] as Row)}`);
  }
  if (expectations.count !== undefined && output.length !== expectations.count) {
    failures.push(`expected ${plural(expectations.count, "output event")}, got ${output.length}`);
  }

  for (const assertion of expectations.expect ?? []) {
    failures.push(...checkAssertion(output, assertion));
  }

  if (expectations.rows !== undefined) {
    failures.push(...compareRows(expectations.rows, output, expectations.ordered ?? false));
  }

  return failures;
}

/** Checks `fieldsHaveValues` and `fieldsNotPresent` on the output event the assertion names. */
export function checkAssertion(output: readonly Row[], assertion: OutputAssertion): string[] {
  const index = assertion.outputEventIndex;
  const event = output[index];
  if (event === undefined) {
    return [`output event ${index}: there is no such event, the query produced ${plural(output.length, "event")}`];
  }

  const failures: string[] = [];
  for (const [field, expected] of assertion.fieldsHaveValues) {
    const actual = valueOf(event, field);
    if (actual !== expected) {
      failures.push(`output event ${index}: ${describeDifference({ field, expected, actual })}`);
    }
  }

  for (const field of assertion.fieldsNotPresent) {
    const actual = valueOf(event, field);
    if (actual !== undefined) {
      failures.push(`output event ${index}: field ${field} should not be present, but it is ${showValue(actual)}`);
    }
  }

  return failures;
}

/** A field whose value differs; `undefined` means the field is absent on that side. */
export interface FieldDifference {
  field: string;
  expected: string | undefined;
  actual: string | undefined;
}

/**
 * Lists the fields in which two rows differ: those of the expected row first, then the fields
 * only `actual` has. With `partial`, fields the expected row does not list are ignored.
 */
export function diffRow(expected: Row, actual: Row, partial = false): FieldDifference[] {
  const differences: FieldDifference[] = [];

  for (const field of Object.keys(expected)) {
    const want = valueOf(expected, field);
    const have = valueOf(actual, field);
    if (want !== have) differences.push({ field, expected: want, actual: have });
  }

  if (!partial) {
    for (const field of Object.keys(actual)) {
      if (!Object.hasOwn(expected, field)) {
        differences.push({ field, expected: undefined, actual: valueOf(actual, field) });
      }
    }
  }

  return differences;
}

export function describeDifference(difference: FieldDifference): string {
  const { field, expected, actual } = difference;
  if (expected === undefined) return `field ${field}: not expected, but it is ${showValue(actual as string)}`;
  if (actual === undefined) return `field ${field}: expected ${showValue(expected)}, but the field is missing`;
  return `field ${field}: expected ${showValue(expected)}, got ${showValue(actual)}`;
}

/** A pairing of expected rows with output events, and what is left over on either side. */
export interface RowMatching {
  pairs: { expected: number; actual: number; differences: FieldDifference[] }[];
  missing: number[];
  extra: number[];
}

/**
 * Pairs expected rows with output events. In order: by position. As a multiset: identical rows
 * first, then each remaining expected row with the remaining event that differs in the fewest
 * fields, so the report names the few fields that changed rather than whole rows.
 */
export function matchRows(expected: readonly Row[], actual: readonly Row[], ordered: boolean, partial = false): RowMatching {
  if (ordered) {
    const shared = Math.min(expected.length, actual.length);
    const pairs = Array.from({ length: shared }, (_, index) => ({
      expected: index,
      actual: index,
      differences: diffRow(expected[index] as Row, actual[index] as Row, partial),
    }));
    return { pairs, missing: range(shared, expected.length), extra: range(shared, actual.length) };
  }

  const unusedActual = new Set(actual.keys());
  const pairs: RowMatching["pairs"] = [];
  const unpaired: number[] = [];
  const findSame = partial ? partialMatcher(actual, unusedActual) : exactMatcher(actual);

  for (const [index, row] of expected.entries()) {
    const same = findSame(row);
    if (same === undefined) {
      unpaired.push(index);
    } else {
      unusedActual.delete(same);
      pairs.push({ expected: index, actual: same, differences: [] });
    }
  }

  const missing: number[] = [];
  for (const index of unpaired) {
    const row = expected[index] as Row;
    let best: { actual: number; differences: FieldDifference[] } | undefined;
    for (const candidate of unusedActual) {
      const differences = diffRow(row, actual[candidate] as Row, partial);
      if (best === undefined || differences.length < best.differences.length) best = { actual: candidate, differences };
    }

    if (best === undefined) {
      missing.push(index);
    } else {
      unusedActual.delete(best.actual);
      pairs.push({ expected: index, ...best });
    }
  }

  return { pairs, missing, extra: [...unusedActual].sort((a, b) => a - b) };
}

/** Finds an unused output event equal to a row, through an index of the events' canonical text. */
function exactMatcher(actual: readonly Row[]): (row: Row) => number | undefined {
  const byText = new Map<string, number[]>();
  for (const [index, row] of actual.entries()) {
    const text = canonicalText(row);
    byText.set(text, [...(byText.get(text) ?? []), index]);
  }

  return (row) => byText.get(canonicalText(row))?.shift();
}

/** Finds an unused output event that has every field of a row with the same value. */
function partialMatcher(actual: readonly Row[], unused: ReadonlySet<number>): (row: Row) => number | undefined {
  return (row) => [...unused].find((candidate) => diffRow(row, actual[candidate] as Row, true).length === 0);
}

/** Serialises a row with its fields sorted by name, so equal rows give equal text. */
function canonicalText(row: Row): string {
  return JSON.stringify(Object.keys(row).sort().map((field) => [field, row[field]]));
}

/** Compares whole rows and describes each difference. */
export function compareRows(expected: readonly Row[], actual: readonly Row[], ordered: boolean, partial = false): string[] {
  const matching = matchRows(expected, actual, ordered, partial);
  const failures: string[] = [];

  if (expected.length !== actual.length) {
    failures.push(`expected ${plural(expected.length, "row")}, got ${plural(actual.length, "output event")}`);
  }

  for (const pair of matching.pairs.sort((a, b) => a.expected - b.expected)) {
    for (const difference of pair.differences) {
      const where = pair.expected === pair.actual ? `row ${pair.expected}` : `row ${pair.expected} (output event ${pair.actual})`;
      failures.push(`${where}: ${describeDifference(difference)}`);
    }
  }

  for (const index of matching.missing) {
    failures.push(`row ${index} is missing from the output: ${showRow(expected[index] as Row)}`);
  }
  for (const index of matching.extra) {
    failures.push(`output event ${index} was not expected: ${showRow(actual[index] as Row)}`);
  }

  return failures;
}

/** Reads a field without reaching the prototype (`__proto__`, `constructor` are ordinary fields). */
function valueOf(row: Row, field: string): string | undefined {
  return Object.hasOwn(row, field) ? row[field] : undefined;
}

/** Formats a value as a JSON string, cut in the middle when it is long. */
export function showValue(value: string): string {
  if (value.length <= MAX_SHOWN_VALUE) return JSON.stringify(value);

  const half = Math.floor(MAX_SHOWN_VALUE / 2);
  return `${JSON.stringify(value.slice(0, half))}...(${value.length - 2 * half} more characters)...${JSON.stringify(value.slice(-half))}`;
}

/** Formats a row on one line, with long values cut and at most a dozen fields. */
export function showRow(row: Row): string {
  const fields = Object.keys(row);
  const entries = fields.slice(0, MAX_SHOWN_FIELDS).map((field) => `${JSON.stringify(field)}: ${showValue(row[field] as string)}`);
  const more = fields.length > MAX_SHOWN_FIELDS ? `, ...(${fields.length - MAX_SHOWN_FIELDS} more fields)` : "";
  return `{ ${entries.join(", ")}${more} }`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}
