/**
 * A test() or comparison after an aggregate that reads a field the aggregate's rows do not have.
 * An aggregate replaces the events with rows holding only the fields it writes, so the test gets
 * no value: a misspelt name, or a field that was not collected (docs page functions-test).
 */
import { closestNames } from "../../analysis/suggest.js";
import { fieldReferences } from "../references.js";
import type { LintRule } from "../types.js";

/** Fields listed in a message at most. */
const MAX_LISTED = 8;

export const unsetField: LintRule = {
  id: "unset-field",
  summary: "test() or a comparison after an aggregate that reads a field no earlier stage sets",
  check(context) {
    for (const { step, before } of context.steps) {
      if (before.kind !== "known") continue;

      for (const reference of fieldReferences(step, context.registry)) {
        const inTest = reference.call?.name.toLowerCase() === "test";
        const inFilter = reference.call === undefined && ["FieldTest", "And", "Or", "Not"].includes(step.kind);
        if ((!inTest && !inFilter) || before.fields.has(reference.name)) continue;
        if (reference.name === "_count" && before.origin.replacedCount) continue;

        const known = [...before.fields];
        const listed = known.length > MAX_LISTED ? `${known.slice(0, MAX_LISTED).join(", ")}, ...` : known.join(", ");
        const guess = closestNames(reference.name, known, 1)[0];
        const hint = guess === undefined ? "" : ` Did you mean ${guess}?`;
        context.report(
          reference.span,
          `${inTest ? "test()" : "this filter"} reads ${reference.name}, but no earlier stage sets it: after ` +
            `${before.origin.name}() at line ${before.origin.span.line} events hold only ${listed}.${hint}`,
          "functions-test",
        );
      }
    }
  },
};
