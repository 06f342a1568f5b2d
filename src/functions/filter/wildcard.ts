/**
 * wildcard(): keeps events where a glob pattern matches (docs page functions-wildcard). With
 * `field`, the pattern must match a listed field's whole value (`animal=horse`, or
 * `animal=/\Ahorse\z/i` with ignoreCase); several fields are alternatives. Without `field` it
 * searches every field of the event as it entered the query, unanchored, as free text does.
 */
import type { Event } from "../../engine/event.js";
import { freeTextMatches } from "../../engine/freeText.js";
import { compileWildcard, type TextMatcher } from "../../engine/match.js";
import { predicateStage } from "../../engine/pipeline.js";
import { fieldNames, flag, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";

interface WildcardArgs {
  pattern: string;
  field?: string[];
  ignoreCase: boolean;
  includeEverythingOnAsterisk: boolean;
}

export const wildcard: FunctionDefinition<WildcardArgs> = {
  name: "wildcard",
  kind: "filter",
  docsPage: "functions-wildcard",
  summary: "Keeps events where a * pattern matches a field's whole value, or any field's text when no field is given.",
  defaultParam: "pattern",
  negatable: true,
  params: {
    pattern: { type: "string", schema: text(), description: "The pattern; * matches any run of characters." },
    field: {
      type: "fields",
      schema: fieldNames().optional(),
      description: "The fields to test; an event matches when any of them matches. Without it, all fields of the input event are searched.",
    },
    ignoreCase: { type: "boolean", schema: flag(false), description: "Compare without regard to case." },
    includeEverythingOnAsterisk: {
      type: "boolean",
      schema: flag(false),
      description: "With pattern=*, keep every event, even those without the fields.",
    },
  },
  compile(args) {
    const predicate = args.field === undefined ? anyFieldPredicate(args) : listedFieldsPredicate(args, args.field);
    const reads = args.field === undefined ? "all" : new Set(args.field);

    return { stage: predicateStage(predicate), predicate, reads, readsOriginalEvent: args.field === undefined };
  },
};

/** Tells whether the pattern is only stars, which match every value, the empty one included. */
function isOnlyStars(pattern: string): boolean {
  return /^\*+$/.test(pattern);
}

function listedFieldsPredicate(args: WildcardArgs, fields: readonly string[]): (event: Event) => boolean {
  if (isOnlyStars(args.pattern) && args.includeEverythingOnAsterisk) {
    return () => true;
  }

  const matches: TextMatcher = isOnlyStars(args.pattern) ? () => true : compileWildcard(args.pattern, { anchored: true, ignoreCase: args.ignoreCase });
  return (event) =>
    fields.some((field) => {
      const value = event.get(field);
      return value !== undefined && matches(value);
    });
}

function anyFieldPredicate(args: WildcardArgs): (event: Event) => boolean {
  // A lone * matches every event, as the free-text filter * does (syntax-conditional).
  if (isOnlyStars(args.pattern)) {
    return () => true;
  }

  const matches = compileWildcard(args.pattern, { anchored: false, ignoreCase: args.ignoreCase });
  return (event) => freeTextMatches(event, matches);
}
