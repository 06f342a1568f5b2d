/**
 * `\p{...}` classes as sets of UTF-16 code units. JitRex reads RE2-style names: `Any`, Unicode
 * general categories (`L`, `Lu`, `Sm`...) and scripts (`Greek`, `Latin`...), taken from RE2's
 * tables (humio/jitrex, CharSet.decode). The sets are computed from the JavaScript engine's
 * Unicode data over the Basic Multilingual Plane, because JitRex does not match characters
 * above U+FFFF as one character either.
 */
import { FULL_SET, MAX_UNIT, setOf, type CharSet } from "./charSet.js";

const cache = new Map<string, CharSet | null>();

/** Returns the set for an RE2-style class name, or null when the name is unknown. */
export function unicodeClass(name: string): CharSet | null {
  const cached = cache.get(name);
  if (cached !== undefined) {
    return cached;
  }

  const set = name === "Any" ? FULL_SET : computeClass(name);
  cache.set(name, set);
  return set;
}

function computeClass(name: string): CharSet | null {
  // Java-style names (`IsLatin`, `InGreek`, `Lower`) are not RE2 names; reject them before
  // JavaScript's property syntax can read some of them (`Lower` is not valid there anyway).
  if (!/^[A-Z][A-Za-z_]*$/.test(name) || /^(Is|In)[A-Z]/.test(name)) {
    return null;
  }

  const property = [`General_Category=${name}`, `Script=${name}`].find(isValidProperty);
  if (property === undefined) {
    return null;
  }

  const test = new RegExp(`^\\p{${property}}$`, "u");
  const ranges: [number, number][] = [];
  for (let unit = 0; unit <= MAX_UNIT; unit += 1) {
    if (test.test(String.fromCharCode(unit))) {
      ranges.push([unit, unit]);
    }
  }
  return setOf(ranges);
}

function isValidProperty(property: string): boolean {
  try {
    new RegExp(`\\p{${property}}`, "u");
    return true;
  } catch {
    return false;
  }
}
