/**
 * `_count` read after groupBy(function=...). groupBy() runs count() only when no `function` is
 * given; a function list replaces it, so the rows have no `_count` unless the list contains a
 * count() (docs page functions-groupby).
 */
import { fieldReferences } from "../references.js";
import type { LintRule } from "../types.js";

export const missingCount: LintRule = {
  id: "missing-count",
  summary: "_count read after groupBy(function=...), which no longer adds it",
  check(context) {
    for (const { step, before } of context.steps) {
      if (before.kind !== "known" || !before.origin.replacedCount || before.fields.has("_count")) continue;

      for (const reference of fieldReferences(step, context.registry)) {
        // drop(_count) removes nothing, which does no harm.
        if (reference.name !== "_count" || reference.call?.name.toLowerCase() === "drop") continue;

        context.report(
          reference.span,
          `_count does not exist here: ${before.origin.name}() at line ${before.origin.span.line} was given function=, which ` +
            "replaces its default count(); add count() to its function list, e.g. function=[collect(x), count()]",
          "functions-groupby",
        );
      }
    }
  },
};
