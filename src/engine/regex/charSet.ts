/**
 * Sets of UTF-16 code units, as the regex dialect layer uses them for literals, classes, `.`
 * and escapes such as `\d`. Every class is resolved to an explicit set when the pattern is
 * parsed, so both regex engines receive the same characters and neither engine's own idea of
 * `\s`, `.` or case folding can change a result.
 */

/** The last UTF-16 code unit. JitRex, LogScale's regex engine v1, matches code units. */
export const MAX_UNIT = 0xffff;

/** Sorted, disjoint, non-adjacent inclusive ranges `[low, high]`. */
export type CharSet = readonly (readonly [number, number])[];

export const EMPTY_SET: CharSet = [];
export const FULL_SET: CharSet = [[0, MAX_UNIT]];

/** Builds a set from ranges in any order, merging overlapping and adjacent ones. */
export function setOf(ranges: Iterable<readonly [number, number]>): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];

  for (const [low, high] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && low <= last[1] + 1) {
      last[1] = Math.max(last[1], high);
    } else {
      merged.push([low, high]);
    }
  }

  return merged;
}

/** The set of the code units of `chars`. */
export function setOfChars(chars: string): CharSet {
  const ranges: [number, number][] = [];
  for (let index = 0; index < chars.length; index += 1) {
    const unit = chars.charCodeAt(index);
    ranges.push([unit, unit]);
  }
  return setOf(ranges);
}

export function union(...sets: CharSet[]): CharSet {
  return setOf(sets.flat());
}

export function complement(set: CharSet): CharSet {
  const result: [number, number][] = [];
  let next = 0;

  for (const [low, high] of set) {
    if (low > next) {
      result.push([next, low - 1]);
    }
    next = high + 1;
  }

  if (next <= MAX_UNIT) {
    result.push([next, MAX_UNIT]);
  }

  return result;
}

export function contains(set: CharSet, unit: number): boolean {
  let low = 0;
  let high = set.length - 1;

  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = set[middle] as readonly [number, number];
    if (unit < range[0]) {
      high = middle - 1;
    } else if (unit > range[1]) {
      low = middle + 1;
    } else {
      return true;
    }
  }

  return false;
}

/** Tells whether two sets share a character. */
export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;

  while (i < a.length && j < b.length) {
    const [aLow, aHigh] = a[i] as readonly [number, number];
    const [bLow, bHigh] = b[j] as readonly [number, number];
    if (aHigh < bLow) {
      i += 1;
    } else if (bHigh < aLow) {
      j += 1;
    } else {
      return true;
    }
  }

  return false;
}

/** Returns the set with the surrogate code units U+D800..U+DFFF removed. */
export function withoutSurrogates(set: CharSet): CharSet {
  const result: [number, number][] = [];

  for (const [low, high] of set) {
    if (high < 0xd800 || low > 0xdfff) {
      result.push([low, high]);
      continue;
    }
    if (low < 0xd800) {
      result.push([low, 0xd7ff]);
    }
    if (high > 0xdfff) {
      result.push([0xe000, high]);
    }
  }

  return result;
}

/** Tells whether the set contains every surrogate code unit. */
export function coversSurrogates(set: CharSet): boolean {
  return set.some(([low, high]) => low <= 0xd800 && high >= 0xdfff);
}

/**
 * Groups of code units that are equal once lower-cased. JitRex compares case-insensitively by
 * lower-casing both sides (its CharSet.toLowerCase), so `k` also matches the Kelvin sign U+212A.
 */
let caseGroups: Map<number, readonly number[]> | undefined;

function caseGroupsOf(): Map<number, readonly number[]> {
  if (caseGroups !== undefined) {
    return caseGroups;
  }

  const byLower = new Map<number, number[]>();
  for (let unit = 0; unit <= MAX_UNIT; unit += 1) {
    const lower = String.fromCharCode(unit).toLowerCase();
    if (lower.length !== 1) {
      continue;
    }
    const key = lower.charCodeAt(0);
    const group = byLower.get(key);
    if (group === undefined) {
      byLower.set(key, [unit]);
    } else {
      group.push(unit);
    }
  }

  caseGroups = new Map();
  for (const group of byLower.values()) {
    if (group.length > 1) {
      for (const unit of group) {
        caseGroups.set(unit, group);
      }
    }
  }
  return caseGroups;
}

/** Adds to the set every character that equals one of its members when both are lower-cased. */
export function caseClosure(set: CharSet): CharSet {
  const extra: [number, number][] = [];

  for (const [unit, group] of caseGroupsOf()) {
    if (contains(set, unit)) {
      for (const member of group) {
        extra.push([member, member]);
      }
    }
  }

  return extra.length === 0 ? set : union(set, extra);
}

export function equalSets(a: CharSet, b: CharSet): boolean {
  return a.length === b.length && a.every(([low, high], index) => {
    const other = b[index] as readonly [number, number];
    return low === other[0] && high === other[1];
  });
}

/** The single character of a one-character set, or undefined. */
export function singleUnit(set: CharSet): number | undefined {
  const only = set.length === 1 ? set[0] : undefined;
  return only !== undefined && only[0] === only[1] ? only[0] : undefined;
}
