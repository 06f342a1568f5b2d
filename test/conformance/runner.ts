/**
 * Runs one conformance case through the public API and compares the output with the case's
 * expectation, the way the conformance README describes: every field of every event, values as
 * strings, order only when the case sets `order: exact`, and error cases by message substring.
 */
import { compile, CqlError, CqlQueryError, ErrorCodes } from "../../src/index.js";
import type { ConformanceCase } from "./cases.js";

export type Outcome =
  | { status: "passed" }
  | { status: "failed"; message: string }
  | { status: "unsupported"; message: string };

/** Error codes that mean "the registry lacks a function the query uses". */
const UNSUPPORTED_CODES: ReadonlySet<string> = new Set([ErrorCodes.unknownFunction, ErrorCodes.unsupportedFunction]);

export function runCase(testCase: ConformanceCase): Outcome {
  let output: Record<string, string>[];
  try {
    const query = compile(testCase.query);
    output = query.run(testCase.events, runOptionsOf(testCase)).events;
  } catch (error) {
    return judgeError(testCase, error);
  }

  if (testCase.error !== undefined) {
    return fail(`expected an error containing "${testCase.error}", but the query ran and returned ${output.length} events`);
  }
  return compareOutput(testCase.expect!, output, testCase.order);
}

function runOptionsOf(testCase: ConformanceCase) {
  return {
    timezone: testCase.timezone,
    ...(testCase.now !== undefined && { now: testCase.now }),
    ...(testCase.start !== undefined && { start: testCase.start }),
    ...(testCase.end !== undefined && { end: testCase.end }),
    ...(testCase.files !== undefined && { files: testCase.files }),
  };
}

function judgeError(testCase: ConformanceCase, error: unknown): Outcome {
  if (!(error instanceof CqlError)) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return fail(`the engine crashed instead of returning a result or a CqlError:\n${detail}`);
  }

  const expected = testCase.error;
  if (expected !== undefined && error.message.toLowerCase().includes(expected.toLowerCase())) {
    return { status: "passed" };
  }
  if (error instanceof CqlQueryError && UNSUPPORTED_CODES.has(error.code)) {
    return { status: "unsupported", message: error.message };
  }

  const rendered = "format" in error && typeof error.format === "function" ? (error.format as () => string)() : error.message;
  if (expected !== undefined) return fail(`expected an error containing "${expected}", got ${error.code}:\n${rendered}`);
  return fail(`the query failed with ${error.code}:\n${rendered}`);
}

function fail(message: string): Outcome {
  return { status: "failed", message };
}

/** Serialises an event with its fields sorted, so equal events give equal text. */
export function canonicalEvent(event: Record<string, unknown>): string {
  const entries = Object.entries(event).sort(([a], [b]) => compareText(a, b));
  return JSON.stringify(entries);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareOutput(expected: Record<string, string>[], actual: Record<string, string>[], order: "any" | "exact"): Outcome {
  for (const [index, event] of actual.entries()) {
    for (const [field, value] of Object.entries(event)) {
      if (typeof value !== "string") {
        return fail(`output event ${index + 1}: field "${field}" is a ${typeof value} (${String(value)}), expected a string`);
      }
    }
  }

  const expectedText = expected.map(canonicalEvent);
  const actualText = actual.map(canonicalEvent);
  const sameSequence = expectedText.length === actualText.length && expectedText.every((text, i) => text === actualText[i]);
  if (sameSequence) return { status: "passed" };

  const { missing, unexpected } = multisetDifference(expectedText, actualText);
  if (missing.length === 0 && unexpected.length === 0) {
    if (order === "any") return { status: "passed" };
    return fail(`the right events in the wrong order\n${listing("expected", expectedText)}\n${listing("actual", actualText)}`);
  }

  return fail(
    [
      `expected ${expected.length} events, got ${actual.length}`,
      listing("missing", missing),
      listing("unexpected", unexpected),
      listing("all actual", actualText),
    ].join("\n"),
  );
}

function multisetDifference(expected: string[], actual: string[]): { missing: string[]; unexpected: string[] } {
  const remaining = new Map<string, number>();
  for (const text of actual) remaining.set(text, (remaining.get(text) ?? 0) + 1);

  const missing: string[] = [];
  for (const text of expected) {
    const count = remaining.get(text) ?? 0;
    if (count === 0) missing.push(text);
    else remaining.set(text, count - 1);
  }

  const unexpected: string[] = [];
  for (const [text, count] of remaining) {
    for (let i = 0; i < count; i++) unexpected.push(text);
  }
  return { missing, unexpected };
}

function listing(title: string, events: readonly string[]): string {
  if (events.length === 0) return `${title}: none`;
  return `${title}:\n${events.map((text) => `  ${readable(text)}`).join("\n")}`;
}

/** Shows a canonical event as `{field: "value", ...}` for messages. */
function readable(canonical: string): string {
  const entries = JSON.parse(canonical) as [string, string][];
  return `{${entries.map(([field, value]) => `${JSON.stringify(field)}: ${JSON.stringify(value)}`).join(", ")}}`;
}
