/** The contract between the linter and its rules. */
import type { Registry } from "../functions/registry.js";
import type { Query, Span } from "../syntax/ast.js";
import type { StepFields } from "./fieldFlow.js";

export interface LintWarning {
  /** The rule's id, as suppression comments name it. */
  rule: string;
  /** The problem and the fix, ending with the docs page that explains it. */
  message: string;
  /** The LogScale docs page behind the rule. */
  docsUrl: string;
  /** 1-based line and column of the offending text. */
  line: number;
  column: number;
  /** UTF-16 offset and length of the offending text in the query. */
  offset: number;
  length: number;
}

export interface LintContext {
  readonly query: Query;
  readonly source: string;
  readonly registry: Registry;
  /** For each top-level step, the fields events can have when they reach it. */
  readonly steps: readonly StepFields[];
  /** Records a warning of the current rule at `span`; `docsPage` is a LogScale docs page name. */
  report(span: Span, message: string, docsPage: string): void;
}

export interface LintRule {
  /** Short kebab-case id, used in messages and suppression comments. */
  id: string;
  /** One line for `cql lint --help` and the docs. */
  summary: string;
  check(context: LintContext): void;
}

/** Returns the address of a page of LogScale's query language docs. */
export function docsUrl(page: string): string {
  return `https://library.humio.com/data-analysis/${page}.html`;
}
