/**
 * Row selection shared by sort(), head(), tail() and table(): keeps the best `limit` rows under
 * an ordering while the input streams by, in memory proportional to `limit`.
 */
import type { Event } from "../../engine/event.js";
import { parseNumber } from "../../engine/values.js";

/** A row with its precomputed sort keys and its arrival position (the final tie-breaker). */
export interface RankedRow {
  event: Event;
  keys: SortKey[];
  sequence: number;
}

/**
 * A key as sorting reads it: a number for a value read as one, the text for any other value,
 * undefined for a missing field.
 */
export type SortKey = number | string | undefined;

/** `any` is the type the docs deprecated in 1.125; it sorts like `number`. */
export type SortType = "number" | "string" | "hex" | "any";
export type SortOrder = "asc" | "desc";

export interface SortSpec {
  field: string;
  order: SortOrder;
  type: SortType;
}

const HEX_PATTERN = /^(0x)?[0-9a-f]+$/i;

/** Reads a field value as the given sort type; a value that is not of that type stays text. */
export function readSortKey(value: string | undefined, type: SortType): SortKey {
  if (value === undefined || type === "string") {
    return value;
  }

  if (type === "hex") {
    return HEX_PATTERN.test(value) ? parseInt(value.replace(/^0x/i, ""), 16) : value;
  }

  return parseNumber(value) ?? value;
}

/**
 * Orders two rows by their keys. Numbers sort before text in either order, the way array:sort()
 * places values that are not numbers (functions-array-sort). Text sorts by UTF-16 code units,
 * and a missing field sorts after everything. Equal keys keep arrival order.
 */
export function compareRows(a: RankedRow, b: RankedRow, specs: readonly SortSpec[]): number {
  for (let index = 0; index < specs.length; index += 1) {
    const left = a.keys[index];
    const right = b.keys[index];
    if (left === right) {
      continue;
    }

    if (left === undefined) return 1;
    if (right === undefined) return -1;

    const leftIsNumber = typeof left === "number";
    if (leftIsNumber !== (typeof right === "number")) {
      return leftIsNumber ? -1 : 1;
    }

    const ascending = left < right ? -1 : left > right ? 1 : 0;
    if (ascending !== 0) {
      return (specs[index] as SortSpec).order === "asc" ? ascending : -ascending;
    }
  }

  return a.sequence - b.sequence;
}

/**
 * Keeps the `limit` smallest items under `compare`. The kept items form a binary max-heap, so
 * an item that cannot make the cut costs one comparison.
 */
export class BoundedSelection<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** Offers an item; returns false when it was not kept (or pushed another one out). */
  offer(item: T): boolean {
    if (this.limit <= 0) {
      return false;
    }

    if (this.heap.length < this.limit) {
      this.heap.push(item);
      this.siftUp(this.heap.length - 1);
      return true;
    }

    if (this.compare(item, this.heap[0] as T) >= 0) {
      return false;
    }

    this.heap[0] = item;
    this.siftDown(0);
    return false;
  }

  /** Returns the kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  private siftUp(start: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (this.compare(this.heap[index] as T, this.heap[parent] as T) <= 0) {
        return;
      }
      this.swap(index, parent);
      index = parent;
    }
  }

  private siftDown(start: number): void {
    let index = start;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let largest = index;

      if (left < this.heap.length && this.compare(this.heap[left] as T, this.heap[largest] as T) > 0) largest = left;
      if (right < this.heap.length && this.compare(this.heap[right] as T, this.heap[largest] as T) > 0) largest = right;
      if (largest === index) {
        return;
      }

      this.swap(index, largest);
      index = largest;
    }
  }

  private swap(a: number, b: number): void {
    const item = this.heap[a] as T;
    this.heap[a] = this.heap[b] as T;
    this.heap[b] = item;
  }
}

/** `StateRowLimit`, the maximum of sort(), head(), tail() and table() limits (200,000 by default). */
export const STATE_ROW_LIMIT = 200_000;
