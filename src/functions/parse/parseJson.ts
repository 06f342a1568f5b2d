/** parseJson(): a field holding JSON becomes fields, objects as dotted names and arrays indexed. */
import { z } from "zod";
import { fromJson, type JsonValue } from "../../engine/event.js";
import { mapStage } from "../../engine/pipeline.js";
import { fieldName, flag, oneOf, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { readJson } from "./jsonText.js";

interface ParseJsonArgs {
  field: string;
  prefix: string;
  include?: string[];
  exclude?: string[];
  excludeEmpty: boolean;
  handleNull: "keep" | "empty" | "discard";
  removePrefixes?: string[];
}

const names = () => z.array(z.string(), { error: "expected a list of field names such as [a, b.c]" });

export const parseJson: FunctionDefinition<ParseJsonArgs> = {
  name: "parseJson",
  kind: "transformation",
  docsPage: "functions-parsejson",
  summary: "Parses a field as JSON into fields: nested objects as a.b, arrays as a[0]; invalid JSON leaves the event unchanged.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field holding JSON." },
    prefix: { type: "string", schema: text().default(""), description: "Text put before every field name the JSON gives." },
    include: { type: "strings", schema: names().optional(), description: "Only these fields (and the fields nested in them) are written." },
    exclude: { type: "strings", schema: names().optional(), description: "These fields (and the fields nested in them) are not written." },
    excludeEmpty: { type: "boolean", schema: flag(false), description: "Skip fields whose value is the empty string." },
    handleNull: {
      type: "string",
      schema: oneOf(["keep", "empty", "discard"], "keep"),
      description: "JSON null as the text null (keep), as the empty string (empty), or as no field (discard).",
    },
    removePrefixes: { type: "strings", schema: names().optional(), description: "Prefixes removed from the field names the JSON gives." },
  },
  compile(args) {
    const { field, prefix, excludeEmpty, handleNull } = args;
    const keep = nameFilter(args.include, args.exclude);
    const removePrefixes = args.removePrefixes ?? [];

    return {
      stage: mapStage((event) => {
        const raw = event.get(field);
        const json = raw === undefined ? undefined : readJson(raw);
        if (json === undefined || json === null || typeof json !== "object") {
          return;
        }

        const parsed = fromJson(handleNull === "keep" ? json : replaceNulls(json, handleNull === "empty" ? "" : undefined));
        for (const [name, value] of parsed) {
          if ((excludeEmpty && value === "") || !keep(name)) {
            continue;
          }
          event.set(prefix + stripPrefix(name, removePrefixes), value);
        }
      }),
      reads: new Set([field]),
    };
  },
};

/** Tells whether `name` is `path` or a field nested in it (`a.b`, `a[0]` under `a`). */
export function isWithin(name: string, path: string): boolean {
  if (!name.startsWith(path)) {
    return false;
  }
  const next = name[path.length];
  return next === undefined || next === "." || next === "[";
}

function nameFilter(include: string[] | undefined, exclude: string[] | undefined): (name: string) => boolean {
  return (name) => {
    if (include !== undefined && !include.some((path) => isWithin(name, path))) {
      return false;
    }
    return exclude === undefined || !exclude.some((path) => isWithin(name, path));
  };
}

function stripPrefix(name: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (name.startsWith(prefix) && name.length > prefix.length) {
      return name.slice(prefix.length);
    }
  }
  return name;
}

/** Replaces JSON nulls by `replacement`; undefined removes the member (fromJson then writes no field). */
function replaceNulls(value: JsonValue, replacement: string | undefined): JsonValue {
  if (Array.isArray(value)) {
    return value.map((item) => (item === null ? replacement : replaceNulls(item, replacement))) as JsonValue[];
  }

  if (value !== null && typeof value === "object") {
    const copy: { [key: string]: JsonValue } = Object.create(null) as { [key: string]: JsonValue };
    for (const key of Object.keys(value)) {
      const member = value[key] as JsonValue;
      copy[key] = (member === null ? replacement : replaceNulls(member, replacement)) as JsonValue;
    }
    return copy;
  }

  return value;
}
