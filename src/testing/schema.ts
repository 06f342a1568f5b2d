/**
 * The rule file format: the metadata fields public CQL rule collections use (CQL Hub, the
 * CrowdStrike community content) plus a `tests:` list. Every object is strict, so a misspelt key
 * (`expected:` for `expect:`) is reported instead of silently testing nothing.
 */
import { z } from "zod";

/** A value in an expected row; YAML numbers and booleans stand for their text. */
const scalar = z.union([z.string(), z.number(), z.boolean()], { error: "expected a field value (quote it to keep it exact)" });

/** A list of strings; YAML gives `null` for a key whose items are all commented out. */
const stringList = () => z.array(z.string()).nullish();

/** A JSON-like input event, or a string that becomes `@rawstring`. */
const inlineEvent = z.union([z.record(z.string(), z.unknown()), z.string()], {
  error: "an inline event must be a mapping of fields or a string (the raw line)",
});

/** A time: epoch milliseconds, or an ISO-8601 date or date-time (UTC unless it has an offset). */
const time = z.union([z.number().int(), z.string()], { error: "expected epoch milliseconds or an ISO-8601 time" });

/** `{ field: value }`, or LogScale's parser-test form `[{ fieldName, expectedValue }]`. */
const fieldValues = z.union(
  [
    z.record(z.string(), scalar),
    z.array(z.strictObject({ fieldName: z.string(), expectedValue: scalar })),
  ],
  { error: "fieldsHaveValues must map field names to values, or list { fieldName, expectedValue } entries" },
);

const assertions = {
  fieldsHaveValues: fieldValues.optional(),
  fieldsNotPresent: z.array(z.string()).optional(),
};

/**
 * Assertions on one output event, in the vocabulary of LogScale's parser tests: the event at
 * `outputEventIndex` (by default the entry's position in the list) has these values and lacks
 * these fields. The nested `assertions:` form of LogScale's parser YAML is accepted too.
 */
export const outputAssertionSchema = z.strictObject({
  outputEventIndex: z.number().int().min(0).optional(),
  ...assertions,
  assertions: z.strictObject(assertions).optional(),
});

/** A whole output row. */
const row = z.record(z.string(), scalar);

export const ruleTestSchema = z.strictObject({
  name: z.string().min(1, { error: "a test needs a name" }),
  description: z.string().nullish(),
  /** Inline events, or the path of an NDJSON or JSON array file relative to the rule file. */
  events: z.union([z.array(inlineEvent), z.string().min(1)], {
    error: "events must be a list of inline events or the path of an NDJSON/JSON file",
  }),
  now: time.optional(),
  start: time.optional(),
  end: time.optional(),
  timezone: z.string().optional(),
  /** Lookup files for match() and readFile(): name in the query → path relative to the rule file. */
  lookups: z.record(z.string(), z.string()).optional(),
  /** Values for `?name` query parameters. */
  parameters: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Input fields that also become tags (`event_simpleName` → `#event_simpleName`). */
  tags: z.array(z.string()).optional(),
  /** Input field that `@timestamp` is set from. */
  timestampField: z.string().optional(),
  /** true: the query must produce some output; false: it must produce none. */
  match: z.boolean().optional(),
  /** The exact number of output events. */
  count: z.number().int().min(0).optional(),
  expect: z.array(outputAssertionSchema).optional(),
  /** The whole expected output: rows inline, or the path of an NDJSON file of rows. */
  rows: z.union([z.array(row), z.string().min(1)], { error: "rows must be a list of rows or the path of an NDJSON file" }).optional(),
  /** Compare `rows` in order; by default they are compared as a multiset. */
  ordered: z.boolean().optional(),
});

export const ruleFileSchema = z.strictObject({
  name: z.string().min(1, { error: "a rule needs a name" }),
  mitre_ids: stringList(),
  description: z.string().nullish(),
  author: z.string().nullish(),
  log_sources: stringList(),
  cs_required_modules: stringList(),
  tags: stringList(),
  /** Free-form notes on how the query works (CQL Hub renders them as markdown). */
  explanation: z.string().nullish(),
  cql: z.string().min(1, { error: "cql must hold the query text" }),
  tests: z.array(ruleTestSchema).nullish(),
});

export type RuleFileData = z.infer<typeof ruleFileSchema>;
export type RuleTestData = z.infer<typeof ruleTestSchema>;
export type OutputAssertionData = z.infer<typeof outputAssertionSchema>;
