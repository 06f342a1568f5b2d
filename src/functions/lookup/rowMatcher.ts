/**
 * Finding the rows of a lookup table that match an event's values, in the three modes of
 * match() (docs page functions-match): `string` compares exactly, `glob` reads each key as a
 * wildcard pattern, `cidr` reads each key as a subnet.
 */
import { compileWildcard, type TextMatcher } from "../../engine/match.js";
import type { LookupTable, Row } from "./files.js";
import { parseAddress, parseSubnet, subnetContains, type Subnet } from "./subnet.js";

export type MatchMode = "string" | "glob" | "cidr";

export interface RowMatcherOptions {
  columns: readonly string[];
  mode: MatchMode;
  ignoreCase: boolean;
}

/**
 * Returns the rows matching the values (one per column), ordered so that the row match() takes
 * is last: file order for `string` and `glob`, and for `cidr` from least to most specific
 * subnet (file order among equals).
 */
export type RowMatcher = (values: readonly string[]) => readonly Row[];

const matcherCache = new WeakMap<LookupTable, Map<string, RowMatcher>>();

/** Builds (once per table and options) the matcher of a table. */
export function rowMatcher(table: LookupTable, options: RowMatcherOptions): RowMatcher {
  let cache = matcherCache.get(table);
  if (cache === undefined) {
    cache = new Map();
    matcherCache.set(table, cache);
  }

  const key = JSON.stringify([options.columns, options.mode, options.ignoreCase]);
  let matcher = cache.get(key);
  if (matcher === undefined) {
    matcher = buildMatcher(table, options);
    cache.set(key, matcher);
  }
  return matcher;
}

function buildMatcher(table: LookupTable, options: RowMatcherOptions): RowMatcher {
  const rows = table.rowsKeyedBy(options.columns.length === 1 ? options.columns[0] : undefined);

  switch (options.mode) {
    case "string":
      return exactMatcher(rows, options.columns, options.ignoreCase);
    case "glob":
      return globMatcher(rows, options.columns, options.ignoreCase);
    case "cidr":
      return cidrMatcher(rows, options.columns);
  }
}

/** Joins values with their lengths, so that no two different tuples give the same key. */
function compositeKey(values: readonly string[]): string {
  return values.length === 1 ? (values[0] as string) : values.map((value) => `${value.length}:${value}`).join("");
}

function exactMatcher(rows: readonly Row[], columns: readonly string[], ignoreCase: boolean): RowMatcher {
  const fold = (text: string) => (ignoreCase ? text.toLowerCase() : text);
  const index = new Map<string, Row[]>();

  for (const row of rows) {
    const values = columns.map((column) => row.get(column));
    if (values.some((value) => value === undefined)) {
      continue;
    }

    const key = compositeKey((values as string[]).map(fold));
    const matching = index.get(key);
    if (matching === undefined) {
      index.set(key, [row]);
    } else {
      matching.push(row);
    }
  }

  return (values) => index.get(compositeKey(values.map(fold))) ?? [];
}

/**
 * Builds the glob matcher. A key matches when the value contains it, as if `*` surrounded the key,
 * and `*` inside the key is a wildcard.
 * NOTE: the docs editions disagree on whether the key is anchored. This follows the 1.202–1.209
 * page, whose example matches key `thisMatch` in `123thisMatch456`.
 */
function globMatcher(rows: readonly Row[], columns: readonly string[], ignoreCase: boolean): RowMatcher {
  const entries: { tests: TextMatcher[]; row: Row }[] = [];

  for (const row of rows) {
    const patterns = columns.map((column) => row.get(column));
    if (patterns.some((pattern) => pattern === undefined)) {
      continue;
    }
    const tests = (patterns as string[]).map((pattern) => compileWildcard(pattern, { anchored: false, ignoreCase }));
    entries.push({ tests, row });
  }

  return (values) => entries.filter((entry) => entry.tests.every((test, index) => test(values[index] as string))).map((entry) => entry.row);
}

function cidrMatcher(rows: readonly Row[], columns: readonly string[]): RowMatcher {
  const entries: { subnets: Subnet[]; specificity: number; row: Row }[] = [];

  for (const row of rows) {
    const subnets = columns.map((column) => {
      const text = row.get(column);
      return text === undefined ? undefined : parseSubnet(text.trim());
    });
    if (subnets.some((subnet) => subnet === undefined)) {
      continue;
    }

    const parsed = subnets as Subnet[];
    entries.push({ subnets: parsed, specificity: parsed.reduce((sum, subnet) => sum + subnet.prefix, 0), row });
  }

  return (values) => {
    const addresses = values.map(parseAddress);
    if (addresses.some((address) => address === undefined)) {
      return [];
    }

    const matching = entries.filter((entry) =>
      entry.subnets.every((subnet, index) => subnetContains(subnet, addresses[index] as NonNullable<(typeof addresses)[number]>)),
    );
    return matching.sort((a, b) => a.specificity - b.specificity).map((entry) => entry.row);
  };
}
