/**
 * The event model: an event is a flat map from field name to string value, as in LogScale.
 *
 * A `Map` is used rather than an object so that field names from untrusted data (`__proto__`,
 * `constructor`, ...) are ordinary keys and never reach an object prototype.
 */
import { CqlRuntimeError, ErrorCodes } from "../errors/index.js";
import { parseNumber } from "./values.js";

export type Event = Map<string, string>;

/** A value read from JSON input before flattening. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Options for turning input objects into events. */
export interface InputOptions {
  /**
   * Fields that become tags: field `x` is also stored as `#x`, the way a LogScale parser tags
   * events (CrowdStrike's Falcon parser tags `event_simpleName`, so queries filter on
   * `#event_simpleName`). The plain field stays too.
   */
  tags?: string[];
  /**
   * Field with the event time, copied to `@timestamp` as epoch milliseconds. A number below 1e11
   * is read as epoch seconds (fractions allowed), a larger one as milliseconds. An ISO-8601
   * date-time with a zone is also accepted.
   */
  timestampField?: string;
  /**
   * Build only these fields (after flattening); the query reads no others and its output cannot
   * carry them. Absent means every field.
   */
  fields?: ReadonlySet<string>;
}

/** Epoch values below this are seconds: 1e11 s is the year 5138, 1e11 ms is March 1973. */
const SECONDS_THRESHOLD = 1e11;

/**
 * Flattens a JSON value into an event without changing `value`. Nested objects give dotted
 * names (`a.b`), arrays indexed names (`a[0]`), numbers and booleans their JSON text. JSON
 * `null` becomes the text `null`, which is what parseJson() stores by default (docs page
 * functions-parsejson). A top-level scalar becomes `@rawstring`.
 */
export function fromJson(value: JsonValue, options: InputOptions = {}): Event {
  const event: Event = new Map();
  const wanted = options.fields;

  if (isJsonObject(value)) {
    // Most input is flat, so scalars are handled here. Visiting every key and testing it against
    // the wanted set measured faster than looking up each wanted name on wide events.
    for (const key of Object.keys(value)) {
      const member = value[key];
      if (typeof member === "object" && member !== null) {
        flattenInto(event, key, member, wanted);
      } else if (member !== undefined && (wanted === undefined || wanted.has(key))) {
        event.set(key, scalarText(member));
      }
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => flattenInto(event, `[${index}]`, item, wanted));
  } else if (value !== undefined) {
    event.set("@rawstring", scalarText(value));
  }

  applyInputOptions(event, options);
  return event;
}

/** Adds tags and `@timestamp` to an event as the input options ask. */
export function applyInputOptions(event: Event, options: InputOptions): void {
  for (const tag of options.tags ?? []) {
    const value = event.get(tag);
    if (value !== undefined && !tag.startsWith("#")) {
      event.set(`#${tag}`, value);
    }
  }

  if (options.timestampField !== undefined) {
    const raw = event.get(options.timestampField);
    if (raw !== undefined) {
      event.set("@timestamp", String(readTimestamp(raw, options.timestampField)));
    }
  }
}

/**
 * Reads an input time as epoch milliseconds.
 * @throws CqlRuntimeError when the value is neither a number nor an ISO-8601 date-time.
 */
export function readTimestamp(raw: string, field: string): number {
  const number = parseNumber(raw);
  if (number !== null) {
    return Math.round(Math.abs(number) < SECONDS_THRESHOLD ? number * 1000 : number);
  }

  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(raw)) {
    const parsed = Date.parse(raw);
    if (!Number.isNaN(parsed)) {
      return parsed;
    }
  }

  throw new CqlRuntimeError({
    code: ErrorCodes.invalidInput,
    message:
      `invalid timestamp ${JSON.stringify(truncate(raw))} in field "${field}": expected epoch ` +
      "seconds, epoch milliseconds or an ISO-8601 date-time with a time zone",
  });
}

function flattenInto(event: Event, name: string, value: JsonValue | undefined, wanted: ReadonlySet<string> | undefined): void {
  // An undefined member is what JSON.stringify leaves out, so it gives no field.
  if (value === undefined) {
    return;
  }

  if (Array.isArray(value)) {
    value.forEach((item, index) => flattenInto(event, `${name}[${index}]`, item, wanted));
    return;
  }

  if (isJsonObject(value)) {
    for (const key of Object.keys(value)) {
      flattenInto(event, `${name}.${key}`, value[key], wanted);
    }
    return;
  }

  if (wanted === undefined || wanted.has(name)) {
    event.set(name, scalarText(value));
  }
}

function scalarText(value: string | number | boolean | null): string {
  if (typeof value === "string") {
    return value;
  }

  if (value === null) {
    return "null";
  }

  return String(value);
}

function isJsonObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Copies an event into a plain object. Every field becomes an own property, `__proto__`
 * included, so no field name can change the object's prototype.
 */
export function toPlainObject(event: Event): Record<string, string> {
  const result: Record<string, string> = {};

  for (const [name, value] of event) {
    if (name === "__proto__") {
      Object.defineProperty(result, name, { value, enumerable: true, writable: true, configurable: true });
    } else {
      result[name] = value;
    }
  }

  return result;
}

/**
 * The event as it entered the query, for free-text search, which ignores fields that earlier
 * steps added, changed or removed (syntax-filters docs page). Only queries with free text after
 * such a step record it.
 */
const originals = new WeakMap<Event, Event>();

/** Records a copy of the event as it is now, before any step changes it. */
export function rememberOriginal(event: Event): void {
  originals.set(event, new Map(event));
}

/** Returns the event as it entered the query, or the event itself when no copy was recorded. */
export function originalOf(event: Event): Event {
  return originals.get(event) ?? event;
}

/** Copies an event; the copy shares no state with the original but keeps its recorded input. */
export function cloneEvent(event: Event): Event {
  const copy = new Map(event);
  const original = originals.get(event);
  if (original !== undefined) {
    originals.set(copy, original);
  }
  return copy;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
