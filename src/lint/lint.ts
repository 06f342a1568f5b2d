/**
 * The CQL linter: warnings for queries that run but probably do not do what their author meant.
 * It works on the syntax tree alone, so it also lints queries that call functions this library
 * does not implement. Each warning names its rule and the LogScale docs page behind it.
 */
import { createBuiltinRegistry } from "../functions/builtins.js";
import type { Registry } from "../functions/registry.js";
import type { Span } from "../syntax/ast.js";
import { parse } from "../syntax/parser.js";
import { fieldFlow } from "./fieldFlow.js";
import { countNotDistinct } from "./rules/countNotDistinct.js";
import { fieldEqualsField } from "./rules/fieldEqualsField.js";
import { freeTextAfterAggregate } from "./rules/freeTextAfterAggregate.js";
import { missingCount } from "./rules/missingCount.js";
import { orAndPrecedence } from "./rules/orAndPrecedence.js";
import { unanchoredTagRegex } from "./rules/unanchoredTagRegex.js";
import { unsetField } from "./rules/unsetField.js";
import { findSuppressions, isSuppressed } from "./suppress.js";
import { docsUrl, type LintContext, type LintRule, type LintWarning } from "./types.js";

export type { LintRule, LintWarning } from "./types.js";

export const lintRules: readonly LintRule[] = [
  countNotDistinct,
  orAndPrecedence,
  fieldEqualsField,
  missingCount,
  freeTextAfterAggregate,
  unanchoredTagRegex,
  unsetField,
];

export interface LintOptions {
  /** The functions the query may call, for argument types and function kinds; the built-ins by default. */
  registry?: Registry;
  /** The rules to run; every rule by default. */
  rules?: readonly LintRule[];
  /** File name for syntax errors. */
  file?: string;
}

export interface LintResult {
  /** Warnings in source order. */
  warnings: LintWarning[];
  /** How many warnings suppression comments silenced. */
  suppressed: number;
}

/**
 * Lints a query.
 * @throws CqlSyntaxError when the query does not parse.
 */
export function lintQuery(source: string, options: LintOptions = {}): LintResult {
  const query = parse(source, options.file === undefined ? {} : { file: options.file });
  const registry = options.registry ?? createBuiltinRegistry();
  const suppressions = findSuppressions(source);
  const steps = fieldFlow(query, registry);
  const warnings: LintWarning[] = [];
  let suppressed = 0;

  for (const rule of options.rules ?? lintRules) {
    const context: LintContext = {
      query,
      source,
      registry,
      steps,
      report(span: Span, message: string, docsPage: string) {
        if (isSuppressed(suppressions, span.line, rule.id)) {
          suppressed += 1;
          return;
        }
        const url = docsUrl(docsPage);
        warnings.push({
          rule: rule.id,
          message: `${message} (see ${url})`,
          docsUrl: url,
          line: span.line,
          column: span.column,
          offset: span.offset,
          length: Math.max(0, span.end - span.offset),
        });
      },
    };
    rule.check(context);
  }

  warnings.sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));
  return { warnings, suppressed };
}

/**
 * Renders a warning as `file:line:col: warning: message [rule]`, the source line and a caret
 * line under the offending text (cut at the end of its line).
 */
export function formatWarning(warning: LintWarning, source: string, file?: string): string {
  const location = `${file === undefined ? "" : `${file}:`}${warning.line}:${warning.column}`;
  const header = `${location}: warning: ${warning.message} [${warning.rule}]`;

  const lineStart = source.lastIndexOf("\n", warning.offset - 1) + 1;
  const lineEnd = source.indexOf("\n", warning.offset);
  const text = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd).replace(/\r$/, "");
  const column = warning.offset - lineStart;
  const width = Math.max(1, Math.min(warning.length, text.length - column));
  const caret = text.slice(0, column).replace(/[^\t]/g, " ") + "^".repeat(width);
  return `${header}\n${text}\n${caret}`;
}
