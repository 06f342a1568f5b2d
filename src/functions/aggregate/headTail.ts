/**
 * head() and tail(): the oldest or newest events by `@timestamp`, or by `@ingesttimestamp` for an
 * event without `@timestamp` (functions-tail). Events with equal times keep input order, and an
 * event with neither field as a number counts as older than every event with one, so input
 * without timestamps is taken in input order. LogScale reports an error for such events instead.
 */
import type { Event } from "../../engine/event.js";
import { parseNumber } from "../../engine/values.js";
import type { StageFactory } from "../types.js";
import { BoundedSelection } from "./selection.js";

interface TimedRow {
  event: Event;
  time: number;
  sequence: number;
}

function timeOf(event: Event): number {
  const text = event.get("@timestamp") ?? event.get("@ingesttimestamp");
  const time = text === undefined ? null : parseNumber(text);
  return time ?? Number.NEGATIVE_INFINITY;
}

function oldestFirst(a: TimedRow, b: TimedRow): number {
  if (a.time === b.time) {
    return a.sequence - b.sequence;
  }
  return a.time < b.time ? -1 : 1;
}

/**
 * Selects, for head() and tail() after an aggregate, the first or last `limit` events in the order
 * the aggregate emitted them, and keeps that order. After an aggregation these functions count in
 * its order, not by timestamp (docs page query-howto-limiting).
 */
export function orderSelectionStage(limit: number, last: boolean): StageFactory {
  return (next) => {
    const kept: Event[] = [];

    return {
      push(event) {
        if (!last) {
          if (kept.length < limit) kept.push(event);
          return;
        }
        kept.push(event);
        if (kept.length > 2 * limit) kept.splice(0, kept.length - limit);
      },
      end() {
        for (const event of last ? kept.slice(-limit) : kept) {
          next.push(event);
        }
        next.end();
      },
    };
  };
}

/**
 * Keeps `limit` events and emits them oldest first: the oldest ones for head(), the newest ones
 * for tail().
 */
export function timeSelectionStage(limit: number, newest: boolean): StageFactory {
  const rank = newest ? (a: TimedRow, b: TimedRow) => oldestFirst(b, a) : oldestFirst;

  return (next) => {
    const selection = new BoundedSelection<TimedRow>(limit, rank);
    let sequence = 0;

    return {
      push(event) {
        selection.offer({ event, time: timeOf(event), sequence });
        sequence += 1;
      },
      end() {
        for (const row of selection.sorted().sort(oldestFirst)) {
          next.push(row.event);
        }
        next.end();
      },
    };
  };
}
