/**
 * A regex on a tag without `^...$`. A regex matches anywhere in the value, so
 * `#event_simpleName=/ProcessRollup2/` also keeps SyntheticProcessRollup2 events (docs page
 * syntax-regex). Tags name event types and sources, where a partial match is rarely meant.
 */
import type * as A from "../../syntax/ast.js";
import type { LintRule } from "../types.js";
import { argumentOf } from "../fieldFlow.js";
import { sourceText, textOf, walk } from "../walk.js";

export const unanchoredTagRegex: LintRule = {
  id: "unanchored-tag-regex",
  summary: "a regex on a tag (#field) without ^ and $ anchors",
  check(context) {
    walk(context.query, (node) => {
      if (node.kind === "FieldTest" && node.field.name.startsWith("#") && node.value.kind === "Regex") {
        if (!isAnchored(node.value.source)) report(node.field.name, node.value.source, node.span);
      }

      if (node.kind === "Call" && node.name.toLowerCase() === "regex") {
        const field = textOf(argumentOf(node, "field", context.registry, false)?.value);
        const pattern = textOf(argumentOf(node, "regex", context.registry, true)?.value);
        if (field?.startsWith("#") && pattern !== undefined && !isAnchored(pattern)) report(field, pattern, node.span);
      }
    });

    function report(tag: string, pattern: string, span: A.Span): void {
      context.report(
        span,
        `${sourceText(context.source, span)} keeps every ${tag} value that contains a match, not only whole values, ` +
          `because a regex is not anchored; write /^${stripAnchors(pattern)}$/, or ${tag}=value for one exact value`,
        "syntax-regex",
      );
    }
  },
};

/**
 * True when every top-level alternative starts with `^` and ends with an unescaped `$`, so the
 * regex can only match whole values. `^(a|b)$` is anchored; `^a|b$` is not.
 */
export function isAnchored(pattern: string): boolean {
  return topLevelAlternatives(pattern).every((alternative) => alternative.startsWith("^") && endsWithAnchor(alternative));
}

function endsWithAnchor(text: string): boolean {
  if (!text.endsWith("$")) return false;

  let backslashes = 0;
  for (let index = text.length - 2; index >= 0 && text[index] === "\\"; index -= 1) backslashes += 1;
  return backslashes % 2 === 0;
}

/** Splits at `|` outside groups and character classes. */
function topLevelAlternatives(pattern: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;

  for (let index = 0; index < pattern.length; index += 1) {
    const character = pattern[index];
    if (character === "\\") {
      index += 1;
    } else if (inClass) {
      inClass = character !== "]";
    } else if (character === "[") {
      inClass = true;
    } else if (character === "(") {
      depth += 1;
    } else if (character === ")") {
      depth -= 1;
    } else if (character === "|" && depth === 0) {
      alternatives.push(pattern.slice(start, index));
      start = index + 1;
    }
  }

  alternatives.push(pattern.slice(start));
  return alternatives;
}

function stripAnchors(pattern: string): string {
  const inner = pattern.replace(/^\^/, "").replace(/\$$/, "");
  return topLevelAlternatives(inner).length > 1 ? `(${inner})` : inner;
}
