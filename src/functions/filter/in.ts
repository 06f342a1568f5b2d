/** in(): keeps events whose field equals one of a list of values (wildcards allowed). */
import { z } from "zod";
import { compileWildcard, hasWildcard } from "../../engine/match.js";
import type { Event } from "../../engine/event.js";
import { fieldName, flag } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";

interface InArgs {
  field: string;
  values: string[];
  ignoreCase: boolean;
}

export const inFunction: FunctionDefinition<InArgs> = {
  name: "in",
  kind: "filter",
  docsPage: "functions-in",
  summary: "Keeps events whose field matches one of the given values; * in a value is a wildcard.",
  defaultParam: "field",
  negatable: true,
  params: {
    field: { type: "field", schema: fieldName(), description: "The field to test; events without it never match." },
    values: {
      type: "strings",
      schema: z.array(z.string(), { error: "expected a list of values such as [\"a\", \"b*\"]" }),
      description: "The accepted values; * matches any run of characters.",
    },
    ignoreCase: { type: "boolean", schema: flag(false), description: "Compare without regard to case." },
  },
  compile(args) {
    const predicate = inPredicate(args);
    return {
      stage: (next) => ({
        push(event) {
          if (predicate(event)) {
            next.push(event);
          }
        },
        end() {
          next.end();
        },
      }),
      predicate,
      reads: new Set([args.field]),
    };
  },
};

/** Exact values go into a set; values with `*` become anchored wildcard matchers. */
function inPredicate(args: InArgs): (event: Event) => boolean {
  const { field, ignoreCase } = args;
  const exact = new Set<string>();
  const patterns: ((value: string) => boolean)[] = [];

  for (const value of args.values) {
    if (hasWildcard(value)) {
      patterns.push(compileWildcard(value, { anchored: true, ignoreCase }));
    } else {
      exact.add(ignoreCase ? value.toLowerCase() : value);
    }
  }

  return (event) => {
    const value = event.get(field);
    if (value === undefined) {
      return false;
    }

    if (exact.has(ignoreCase ? value.toLowerCase() : value)) {
      return true;
    }

    return patterns.some((matches) => matches(value));
  };
}
