/**
 * Unit prefixes for unit:convert() (docs page functions-unit-convert): SI prefixes from y
 * (10^-24) to Y (10^24), and the binary prefixes Ki, Mi ... Yi (powers of 1024). With
 * binary=true the prefixes k to Y also mean powers of 1024.
 */

/** A scale factor `base^power`. */
export interface Factor {
  base: 10 | 1024;
  power: number;
}

const DECIMAL: Record<string, number> = {
  y: -24, z: -21, a: -18, f: -15, p: -12, n: -9, u: -6, "µ": -6, m: -3,
  k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18, Z: 21, Y: 24,
};

/** The powers of 1024 of the binary prefixes Ki ... Yi. */
const BINARY: Record<string, number> = { k: 1, K: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** A unit split into its prefix and the unit proper: `KiB` is `Ki` and `B`. */
export interface PrefixedUnit {
  prefix: string;
  unit: string;
}

/**
 * Splits a unit text into prefix and unit. With `unit` given, the text must end with it and
 * what comes before must be a prefix; otherwise a two-letter binary prefix or a one-letter
 * prefix at the start is taken as the prefix (so `ms` is milli-seconds: a unit that starts
 * with a prefix letter needs unit=). Returns null when the text does not fit.
 */
export function splitUnit(text: string, unit: string | undefined): PrefixedUnit | null {
  if (unit !== undefined) {
    if (!text.endsWith(unit)) {
      return null;
    }
    const prefix = text.slice(0, text.length - unit.length);
    return prefix === "" || factorOf(prefix, false) !== null ? { prefix, unit } : null;
  }

  if (/^[kKMGTPEZY]i/.test(text)) {
    return { prefix: text.slice(0, 2), unit: text.slice(2) };
  }
  const first = text.slice(0, 1);
  if (first !== "" && DECIMAL[first] !== undefined) {
    return { prefix: first, unit: text.slice(1) };
  }
  return { prefix: "", unit: text };
}

/** Looks up the factor of a prefix ("" is 1); returns null for text that is not a prefix. */
export function factorOf(prefix: string, binary: boolean): Factor | null {
  if (prefix === "") {
    return { base: 10, power: 0 };
  }

  const binaryPower = prefix.length === 2 && prefix[1] === "i" ? BINARY[prefix[0] as string] : undefined;
  if (binaryPower !== undefined) {
    return { base: 1024, power: binaryPower };
  }

  const power = Object.hasOwn(DECIMAL, prefix) ? DECIMAL[prefix] : undefined;
  if (power === undefined) {
    return null;
  }
  if (binary && power > 0) {
    return { base: 1024, power: power / 3 };
  }
  return { base: 10, power };
}

/** `value × from / to`, scaling by whole powers where the bases agree to keep decimals exact. */
export function rescale(value: number, from: Factor, to: Factor): number {
  if (from.base === to.base) {
    const difference = from.power - to.power;
    return difference >= 0 ? value * from.base ** difference : value / from.base ** -difference;
  }
  return (value * from.base ** from.power) / to.base ** to.power;
}
