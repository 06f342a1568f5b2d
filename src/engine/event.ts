/**
 * The event model: an event is a flat map from field name to string value, as in LogScale.
 *
 * A `Map` is used rather than an object so that field names from untrusted data (`__proto__`,
 * `constructor`, ...) are ordinary keys and never reach an object prototype.
 */
import { CqlRuntimeError, ErrorCodes } from "../errors/index.js";
import { MAX_EPOCH_MS, parseIsoDateTime } from "./isoDateTime.js";
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
   * is read as epoch seconds, a larger one as milliseconds, fractions allowed in both. An ISO-8601
   * date-time with `T` or a space before the time and `Z` or an offset after it is also read.
   * An event whose value matches none of these is kept with the `@timestamp` it had, if any, and gets
   * `@error=true` and `@error_msg`, as a LogScale parser marks an event whose timestamp it cannot
   * parse (docs page functions-parsetimestamp, `addErrors`).
   */
  timestampField?: string;
  /**
   * Build only these fields (after flattening); the query reads no others and its output cannot
   * carry them. Absent means every field.
   */
  fields?: ReadonlySet<string>;
}

/** Receives the input values that `fromJson` marked as errors, so that a run can warn about them. */
export interface InputReport {
  /** Called with the value of the timestamp field of an event whose time could not be read. */
  invalidTimestamp(text: string): void;
}

/** Epoch values below this are seconds: 1e11 s is the year 5138, 1e11 ms is March 1973. */
const SECONDS_THRESHOLD = 1e11;

/**
 * Flattens a JSON value into an event without changing `value`. Nested objects give dotted
 * names (`a.b`), arrays indexed names (`a[0]`), numbers and booleans their JSON text. JSON
 * `null` becomes the text `null`, which is what parseJson() stores by default (docs page
 * functions-parsejson). A top-level scalar becomes `@rawstring`. Nesting depth is not limited.
 * A bigint gives its decimal text. An undefined member gives no field, as in JSON.stringify.
 * @throws CqlRuntimeError (invalidInput) for a value that is not JSON data: a Date, Map or other
 * class instance, a function or symbol, NaN or an infinite number, a cycle, a getter that throws.
 */
export function fromJson(value: JsonValue, options: InputOptions = {}, report?: InputReport): Event {
  const event: Event = new Map();
  const wanted = options.fields;

  if (Array.isArray(value)) {
    flattenInto(event, "", value, wanted, 1);
  } else if (typeof value === "object" && value !== null) {
    readMembers(event, value, wanted);
  } else if (value !== undefined) {
    event.set("@rawstring", scalarText(value, undefined));
  }

  applyInputOptions(event, options, report);
  return event;
}

/** Adds tags and `@timestamp` (or the error fields) to an event as the input options ask. */
export function applyInputOptions(event: Event, options: InputOptions, report?: InputReport): void {
  for (const tag of options.tags ?? []) {
    const value = event.get(tag);
    if (value !== undefined && !tag.startsWith("#")) {
      event.set(`#${tag}`, value);
    }
  }

  const field = options.timestampField;
  const text = field === undefined ? undefined : event.get(field);
  if (text === undefined) {
    return;
  }

  const epoch = readTimestamp(text);
  if (epoch !== undefined) {
    event.set("@timestamp", String(epoch));
    return;
  }

  // The same marks parseTimestamp() sets with addErrors=true.
  event.set("@error", "true");
  event.set("@error_msg", `could not parse a timestamp in field ${field}`);
  report?.invalidTimestamp(text);
}

/**
 * Reads an input time as epoch milliseconds: epoch seconds or milliseconds, or an ISO-8601
 * date-time with a zone. Returns undefined for anything else, and for times outside the range
 * of a JavaScript Date.
 */
export function readTimestamp(text: string): number | undefined {
  const number = parseNumber(text);
  if (number === null) {
    return parseIsoDateTime(text, { missingZone: "reject", allowDateOnly: false });
  }

  const epoch = Math.round(Math.abs(number) < SECONDS_THRESHOLD ? number * 1000 : number);
  return Math.abs(epoch) <= MAX_EPOCH_MS ? epoch : undefined;
}

/** Counts the timestamps of a run that could not be read and words the warning about them. */
export class TimestampErrors implements InputReport {
  private count = 0;
  private first = "";

  invalidTimestamp(text: string): void {
    if (this.count === 0) {
      this.first = text;
    }
    this.count++;
  }

  /** Returns the run's warning about `field`, or undefined when every timestamp was read. */
  warning(field: string): string | undefined {
    if (this.count === 0) {
      return undefined;
    }

    const [events, kept] = this.count === 1 ? ["1 event has", "it was"] : [`${this.count} events have`, "they were"];
    return (
      `${events} a value in field "${field}" that is not a timestamp (the first: ${JSON.stringify(truncate(this.first))}); ` +
      `${kept} kept without a @timestamp from it and marked with @error=true and @error_msg. Accepted: ` +
      "epoch seconds or milliseconds, or an ISO-8601 date-time with Z or an offset (2021-10-01 00:00:00.000Z)"
    );
  }
}

/** Sets the top-level members of an input object; the usual input is flat, so this is the hot path. */
function readMembers(event: Event, object: object, wanted: ReadonlySet<string> | undefined): void {
  checkPlainObject(object, undefined);
  const members = object as Record<string, unknown>;

  // Visiting every key and testing it against the wanted set measured faster than looking up
  // each wanted name on wide events.
  for (const key of ownKeys(object, undefined)) {
    const member = readMember(members, key, key);
    if (typeof member === "object" && member !== null) {
      flattenInto(event, key, member, wanted, 1);
    } else if (member !== undefined) {
      setScalar(event, key, member, wanted);
    }
  }
}

/**
 * Nesting levels flattened by plain recursion, which is the fastest way for the usual shallow
 * input. Deeper levels go to `flattenDeep`, which cannot overflow the stack and stops cycles.
 */
const RECURSION_DEPTH = 64;

function flattenInto(event: Event, name: string, value: object, wanted: ReadonlySet<string> | undefined, depth: number): void {
  if (depth > RECURSION_DEPTH) {
    flattenDeep(event, name, value, wanted);
    return;
  }

  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const itemName = `${name}[${index}]`;
      visit(event, itemName, readMember(value, index, itemName), wanted, depth);
    }
    return;
  }

  checkPlainObject(value, name);
  for (const key of ownKeys(value, name)) {
    const memberName = `${name}.${key}`;
    visit(event, memberName, readMember(value as Record<string, unknown>, key, memberName), wanted, depth);
  }
}

function visit(event: Event, name: string, member: unknown, wanted: ReadonlySet<string> | undefined, depth: number): void {
  if (typeof member === "object" && member !== null) {
    flattenInto(event, name, member, wanted, depth + 1);
  } else if (member !== undefined) {
    setScalar(event, name, member, wanted);
  }
}

/** An object or array being flattened: the name of its fields' prefix and the next member to visit. */
interface Frame {
  name: string;
  container: object;
  /** The object's keys; undefined for an array. */
  keys: readonly string[] | undefined;
  length: number;
  next: number;
}

/**
 * Flattens a deeply nested value with its own stack rather than by recursion, so no nesting
 * depth exhausts the JavaScript call stack. The containers on the current path are tracked to
 * reject a cycle: descending a cycle forever must come back to a container already on the path.
 */
function flattenDeep(event: Event, name: string, root: object, wanted: ReadonlySet<string> | undefined): void {
  const stack: Frame[] = [];
  const onPath = new Set<object>();
  enter(stack, onPath, name, root);

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.length) {
      stack.pop();
      onPath.delete(frame.container);
      continue;
    }

    const index = frame.next++;
    const key = frame.keys === undefined ? index : frame.keys[index]!;
    const memberName = typeof key === "number" ? `${frame.name}[${key}]` : `${frame.name}.${key}`;
    const member = readMember(frame.container as Record<string | number, unknown>, key, memberName);

    if (typeof member === "object" && member !== null) {
      if (onPath.has(member)) {
        throw invalidValue(memberName, "contains itself (a circular reference), which JSON cannot represent: remove the cycle");
      }
      enter(stack, onPath, memberName, member);
    } else if (member !== undefined) {
      setScalar(event, memberName, member, wanted);
    }
  }
}

function enter(stack: Frame[], onPath: Set<object>, name: string, container: object): void {
  if (Array.isArray(container)) {
    stack.push({ name, container, keys: undefined, length: container.length, next: 0 });
  } else {
    checkPlainObject(container, name);
    const keys = ownKeys(container, name);
    stack.push({ name, container, keys, length: keys.length, next: 0 });
  }
  onPath.add(container);
}

/** Reads one member; a getter or proxy that throws becomes an input error naming the field. */
function readMember(container: Record<string | number, unknown> | unknown[], key: string | number, name: string): unknown {
  try {
    return (container as Record<string | number, unknown>)[key];
  } catch (error) {
    throw unreadable(name, error);
  }
}

function ownKeys(object: object, name: string | undefined): string[] {
  try {
    return Object.keys(object);
  } catch (error) {
    throw unreadable(name, error);
  }
}

/** Sets a scalar field when it is wanted; checks it either way, so errors do not depend on the query. */
function setScalar(event: Event, name: string, value: unknown, wanted: ReadonlySet<string> | undefined): void {
  if (wanted === undefined || wanted.has(name)) {
    event.set(name, scalarText(value, name));
  } else if (typeof value !== "string") {
    scalarText(value, name);
  }
}

function scalarText(value: unknown, field: string | undefined): string {
  switch (typeof value) {
    case "string":
      return value;
    case "boolean":
    case "bigint":
      return String(value);
    case "number":
      if (!Number.isFinite(value)) {
        throw invalidValue(field, `is ${String(value)}, which JSON cannot represent: use a string or leave the field out`);
      }
      return String(value);
    default:
      if (value === null) {
        return "null";
      }
      throw invalidValue(field, `is a ${typeof value}, which is not JSON data: leave it out or convert it to a string`);
  }
}

/**
 * Accepts objects whose prototype is `Object.prototype` (of any realm) or null: what JSON.parse
 * and object literals make. A Date, Map or class instance would lose its contents when flattened.
 */
function checkPlainObject(object: object, field: string | undefined): void {
  let className: string | undefined;
  try {
    const prototype: unknown = Object.getPrototypeOf(object);
    if (prototype === null || Object.getPrototypeOf(prototype) === null) {
      return;
    }
    const constructorName = (prototype as { constructor?: { name?: unknown } }).constructor?.name;
    className = typeof constructorName === "string" && constructorName !== "" ? constructorName : undefined;
  } catch (error) {
    throw unreadable(field, error);
  }

  throw invalidValue(
    field,
    `is a ${className ?? "class"} object, which is not JSON data: convert it to a string, number, array or plain object first`,
  );
}

/** Builds the error for a getter or proxy that threw while the value was read. */
function unreadable(field: string | undefined, error: unknown): CqlRuntimeError {
  return invalidValue(field, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
}

function invalidValue(field: string | undefined, problem: string): CqlRuntimeError {
  const subject = field === undefined ? "the event" : `field ${JSON.stringify(truncate(field))}`;
  return new CqlRuntimeError({ code: ErrorCodes.invalidInput, message: `${subject} ${problem}` });
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
