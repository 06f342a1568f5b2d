/**
 * The event model: an event is a flat map from field name to string value, as in LogScale.
 *
 * A `Map` is used rather than an object so that field names from untrusted data (`__proto__`,
 * `constructor`, ...) are ordinary keys and never reach an object prototype.
 */
export type Event = Map<string, string>;

/** A value read from JSON input before flattening. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
