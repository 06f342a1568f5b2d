/**
 * Reading the flattened arrays of an event: an array `a` is stored as fields `a[0]`, `a[1]`...
 * and an array of objects as `a[0].x`, `a[0].y`... (syntax-array docs page).
 */
import type { Event } from "../../engine/event.js";

/** Returns the base name of an array argument: `a[]` and `a` both mean the array `a`. */
export function arrayBaseName(name: string): string {
  return name.endsWith("[]") ? name.slice(0, -2) : name;
}

/**
 * Collects the array indices the event has for `base`, ascending, each with the fields of that
 * element: the scalar `base[i]` itself and nested ones such as `base[i].x` or `base[i][0]`.
 */
export function arrayElements(event: Event, base: string): Map<number, string[]> {
  const prefix = `${base}[`;
  const elements = new Map<number, string[]>();

  for (const name of event.keys()) {
    if (!name.startsWith(prefix)) {
      continue;
    }

    const close = name.indexOf("]", prefix.length);
    const digits = name.slice(prefix.length, close);
    if (close === -1 || !/^\d+$/.test(digits)) {
      continue;
    }

    const rest = name.slice(close + 1);
    if (rest !== "" && !rest.startsWith(".") && !rest.startsWith("[")) {
      continue;
    }

    const index = Number(digits);
    const fields = elements.get(index);
    if (fields === undefined) {
      elements.set(index, [name]);
    } else {
      fields.push(name);
    }
  }

  return new Map([...elements].sort(([a], [b]) => a - b));
}
