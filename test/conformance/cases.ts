/**
 * Loading conformance cases. A case file is a YAML list of cases, each with a name, a source, a
 * query, input events and either the expected output events or an expected error. Scalars are read with YAML's failsafe schema, so every value is the text as
 * written: `1.50` stays "1.50" and `0x1F` stays "0x1F", as LogScale would store them from JSON
 * text, and nothing is reinterpreted as a YAML number, boolean or null.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

/** A value in an input event: text, or a nested map or list that the engine flattens. */
export type CaseValue = string | CaseValue[] | { [key: string]: CaseValue };

export interface ConformanceCase {
  /** The case file as a path relative to the repository root. */
  file: string;
  name: string;
  source: string;
  query: string;
  events: Record<string, CaseValue>[];
  /** The whole expected output, or undefined for an error case. */
  expect: Record<string, string>[] | undefined;
  /** A substring of the expected error message, for an error case. */
  error: string | undefined;
  order: "any" | "exact";
  now: number | undefined;
  start: number | undefined;
  end: number | undefined;
  timezone: string;
  files: Record<string, string> | undefined;
}

const epochMilliseconds = z
  .string()
  .regex(/^-?\d+$/, "expected epoch milliseconds")
  .transform(Number)
  .optional();

const CaseSchema = z
  .object({
    name: z.string().min(1),
    source: z.string().min(1),
    query: z.string().min(1),
    events: z.array(z.unknown()).default([]),
    expect: z.array(z.unknown()).optional(),
    error: z.string().min(1).optional(),
    order: z.enum(["any", "exact"]).default("any"),
    now: epochMilliseconds,
    start: epochMilliseconds,
    end: epochMilliseconds,
    timezone: z.string().default("UTC"),
    files: z.record(z.string(), z.string()).optional(),
  })
  .strict()
  .refine((value) => (value.expect === undefined) !== (value.error === undefined), {
    message: "a case needs exactly one of `expect` and `error`",
  });

/** Lists the YAML files under `directory`, recursively, in a stable order. */
export function findCaseFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...findCaseFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) files.push(path);
  }
  return files.sort();
}

/** Reads and checks one case file; throws with the file and case index on a malformed case. */
export function loadCaseFile(path: string, repoRoot: string): ConformanceCase[] {
  const file = relative(repoRoot, path);
  const document: unknown = parseYaml(readFileSync(path, "utf8"), { schema: "failsafe" });
  if (!Array.isArray(document)) throw new Error(`${file}: expected a YAML list of cases`);

  const names = new Set<string>();
  return document.map((raw, index) => {
    const where = `${file}: case ${index + 1}`;
    const parsed = CaseSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${where}: ${z.prettifyError(parsed.error)}`);

    const value = parsed.data;
    if (names.has(value.name)) throw new Error(`${where}: duplicate case name "${value.name}"`);
    names.add(value.name);

    return {
      file,
      name: value.name,
      source: value.source,
      query: value.query,
      events: value.events.map((event, i) => checkEvent(event, `${where}, event ${i + 1}`)),
      expect: value.expect?.map((row, i) => checkExpectedRow(row, `${where}, expected event ${i + 1}`)),
      error: value.error,
      order: value.order,
      now: value.now,
      start: value.start,
      end: value.end,
      timezone: value.timezone,
      files: value.files,
    };
  });
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCaseValue(value: unknown): value is CaseValue {
  if (typeof value === "string") return true;
  if (Array.isArray(value)) return value.every(isCaseValue);
  return isMap(value) && Object.values(value).every(isCaseValue);
}

/** Returns the event as parsed (not copied, so keys such as `__proto__` stay own keys). */
function checkEvent(event: unknown, where: string): Record<string, CaseValue> {
  if (!isMap(event) || !isCaseValue(event)) throw new Error(`${where}: expected a map of values`);
  return event as Record<string, CaseValue>;
}

function checkExpectedRow(row: unknown, where: string): Record<string, string> {
  if (!isMap(row)) throw new Error(`${where}: expected a map of field names to strings`);
  for (const [field, value] of Object.entries(row)) {
    if (typeof value !== "string") throw new Error(`${where}: field "${field}" must be a string, not a nested value`);
  }
  return row as Record<string, string>;
}

export interface KnownDifference {
  name: string;
  /** The case file, relative to the repository root. */
  file: string;
  docsPage: string;
  reason: string;
}

const KnownDifferencesSchema = z.array(
  z.object({ name: z.string().min(1), file: z.string().min(1), docsPage: z.string().min(1), reason: z.string().min(1) }).strict(),
);

/** Reads the list of cases where the project knowingly differs from the case's expectation. */
export function loadKnownDifferences(path: string): KnownDifference[] {
  const document: unknown = parseYaml(readFileSync(path, "utf8")) ?? [];
  const parsed = KnownDifferencesSchema.safeParse(document);
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The key that ties a known difference to its case. */
export function caseKey(file: string, name: string): string {
  return `${file}\u0000${name}`;
}
