/**
 * Turns the concrete syntax tree of grammar.ts into the AST of ast.ts. The visitor also rejects the
 * forms the grammar accepts for recovery's sake but LogScale does not (a field name with `-`, a
 * non-numeric right side of `<`), collecting them as syntax problems.
 */
import type { CstElement, CstNode, IToken } from "chevrotain";
import type * as A from "./ast.js";
import { grammar } from "./grammar.js";
import type { ParamPayload, RegexPayload, SavedPayload, StringPayload } from "./lexer.js";
import { isNameChar } from "./lexer.js";

/** A problem found while building the AST; parser.ts turns these into CqlSyntaxErrors. */
export interface SyntaxProblem {
  message: string;
  span: A.Span;
  code: "invalidFieldName" | "invalidNumber" | "invalidRegexFlag" | "syntax";
}

type Children = Record<string, CstElement[] | undefined>;

const BaseVisitor = grammar.getBaseCstVisitorConstructor();

const REGEX_FLAGS = new Set(["i", "m", "d", "g", "F"]);

/** An unquoted number as filters accept it: digits with an optional fraction and sign. */
const FILTER_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export interface AstBuilderOptions {
  /**
   * Builds what it can from a tree that error recovery left incomplete, skipping the steps it
   * cannot build, so that problems in the intact steps are still collected.
   */
  tolerant?: boolean;
}

export class AstBuilder extends BaseVisitor {
  readonly problems: SyntaxProblem[] = [];
  private readonly tolerant: boolean;

  constructor(options: AstBuilderOptions = {}) {
    super();
    this.tolerant = options.tolerant ?? false;
    this.validateVisitor();
  }

  /** Visits a node, handing the node itself to the rule method so it can read the location. */
  override visit(node: CstNode | CstNode[]): any {
    const target = Array.isArray(node) ? node[0]! : node;
    return super.visit(target, target);
  }

  query(ctx: Children, node: CstNode): A.Query {
    const span = nodeSpan(node);
    const pipelineNode = first(ctx.pipeline) as CstNode | undefined;
    const pipeline: A.Pipeline = pipelineNode
      ? this.visit(pipelineNode)
      : { kind: "Pipeline", steps: [], span };
    return { kind: "Query", pipeline, span };
  }

  pipeline(ctx: Children, node: CstNode): A.Pipeline {
    const steps: A.Step[] = [];
    for (const step of nodes(ctx.step)) {
      const built = this.tolerant ? this.tryVisit(step) : (this.visit(step) as A.Step);
      if (built) steps.push(built);
    }
    return { kind: "Pipeline", steps, span: nodeSpan(node) };
  }

  /** Visits a step of an incomplete tree; a step that recovery left without its parts is skipped. */
  private tryVisit(step: CstNode): A.Step | undefined {
    try {
      return this.visit(step) as A.Step;
    } catch (error) {
      if (error instanceof IncompleteTreeError) return undefined;
      throw error;
    }
  }

  step(ctx: Children): A.Step {
    const child = firstNode(ctx.caseStep, ctx.statsArray, ctx.assignStep, ctx.fieldCallStep, ctx.linkStep, ctx.matchStep, ctx.filterExpr);
    return this.visit(child);
  }

  caseStep(ctx: Children, node: CstNode): A.Case {
    const branches = nodes(ctx.branches).map((branch) => this.visit(branch) as A.Pipeline);
    return { kind: "Case", branches, span: nodeSpan(node) };
  }

  matchStep(ctx: Children, node: CstNode): A.Match {
    return {
      kind: "Match",
      field: this.visit(firstNode(ctx.fieldName)),
      arms: nodes(ctx.arms).map((arm) => this.visit(arm) as A.MatchArm),
      span: nodeSpan(node),
    };
  }

  matchArm(ctx: Children, node: CstNode): A.MatchArm {
    return {
      guard: this.visit(firstNode(ctx.guard)),
      body: this.visit(firstNode(ctx.pipeline)),
      span: nodeSpan(node),
    };
  }

  guard(ctx: Children): A.Guard {
    if (ctx.call) return this.visit(firstNode(ctx.call));
    const token = firstToken(ctx.Word, ctx.StringLiteral, ctx.RegexLiteral, ctx.Param);
    if (token.tokenType.name === "Word" && (token.image === "*" || token.image.toLowerCase() === "true")) {
      return { kind: "AnyGuard", span: tokenSpan(token) };
    }
    return this.valueToken(token);
  }

  statsArray(ctx: Children, node: CstNode): A.StatsArray {
    const elements = nodes(ctx.elements).map((element) => this.visit(element) as A.Expr);
    return { kind: "StatsArray", elements, span: nodeSpan(node) };
  }

  assignStep(ctx: Children, node: CstNode): A.Assign {
    return {
      kind: "Assign",
      target: this.visit(firstNode(ctx.fieldName)),
      value: this.visit(firstNode(ctx.expression)),
      span: nodeSpan(node),
    };
  }

  /**
   * `f =~ call(...)`. The negated form `f =~ !call(...)` becomes `!call(..., field=f)`, which is
   * what `=~` stands for, so later stages need no separate negated variant.
   */
  fieldCallStep(ctx: Children, node: CstNode): A.FieldCall | A.Not {
    const field: A.FieldName = this.visit(firstNode(ctx.fieldName));
    const call: A.Call = this.visit(firstNode(ctx.call));
    const span = nodeSpan(node);
    if (!ctx.negation) return { kind: "FieldCall", field, call, span };

    const value: A.Expr = field.quoted
      ? { kind: "String", value: field.name, span: field.span }
      : { kind: "Bare", text: field.name, span: field.span };
    const withField: A.Call = { ...call, args: [...call.args, { name: "field", nameSpan: field.span, value, span: field.span }] };
    const syntax = firstToken(ctx.negation).image === "!" ? "!" : "not";
    return { kind: "Not", operand: withField, syntax, span };
  }

  linkStep(ctx: Children, node: CstNode): A.Link {
    return {
      kind: "Link",
      field: this.visit(firstNode(ctx.field)),
      other: this.visit(firstNode(ctx.other)),
      span: nodeSpan(node),
    };
  }

  fieldName(ctx: Children): A.FieldName {
    const token = firstToken(ctx.Word, ctx.StringLiteral);
    const span = tokenSpan(token);
    if (token.tokenType.name === "StringLiteral") {
      return { kind: "FieldName", name: (token.payload as StringPayload).value, quoted: true, span };
    }
    this.checkFieldName(token.image, span);
    return { kind: "FieldName", name: token.image, quoted: false, span };
  }

  // -------------------------------------------------------------------------------------------
  // Filters

  filterExpr(ctx: Children, node: CstNode): A.FilterNode {
    const operands = nodes(ctx.operands).map((operand) => this.visit(operand) as A.FilterNode);
    if (operands.length === 1) return operands[0]!;
    const keywords = ctx.And?.length ?? 0;
    return { kind: "And", operands, implicit: keywords < operands.length - 1, span: nodeSpan(node) };
  }

  orFilter(ctx: Children, node: CstNode): A.FilterNode {
    const operands = nodes(ctx.operands).map((operand) => this.visit(operand) as A.FilterNode);
    if (operands.length === 1) return operands[0]!;
    return { kind: "Or", operands, span: nodeSpan(node) };
  }

  unaryFilter(ctx: Children, node: CstNode): A.FilterNode {
    let result: A.FilterNode = this.visit(firstNode(ctx.primaryFilter));
    const negations = tokens(ctx.negations);
    for (let i = negations.length - 1; i >= 0; i--) {
      const token = negations[i]!;
      const span = joinSpans(tokenSpan(token), result.span);
      result = { kind: "Not", operand: result, syntax: token.image === "!" ? "!" : "not", span };
    }
    return nodeSpanned(result, node);
  }

  primaryFilter(ctx: Children): A.FilterNode {
    if (ctx.filterExpr) return this.visit(firstNode(ctx.filterExpr));
    if (ctx.call) return this.visit(firstNode(ctx.call));
    if (ctx.fieldTest) return this.visit(firstNode(ctx.fieldTest));
    return this.freeText(firstNode(ctx.freeText));
  }

  private freeText(valueNode: CstNode): A.FilterNode {
    const token = firstToken(valueNode.children.Word, valueNode.children.StringLiteral, valueNode.children.RegexLiteral, valueNode.children.Param);
    const span = tokenSpan(token);
    if (token.tokenType.name === "Word") {
      const lower = token.image.toLowerCase();
      if (lower === "true" || lower === "false") return { kind: "BoolFilter", value: lower === "true", span };
    }
    return { kind: "FreeText", value: this.valueToken(token), span };
  }

  fieldTest(ctx: Children, node: CstNode): A.FieldTest {
    const field: A.FieldName = this.visit(firstNode(ctx.fieldName));
    const operatorToken = firstToken(ctx.operator);
    const op = (operatorToken.tokenType.name === "Like" ? "like" : operatorToken.image) as A.ComparisonOperator;
    const value = this.visit(firstNode(ctx.filterValue)) as A.FieldTest["value"];
    const span = nodeSpan(node);

    if (op === "<" || op === "<=" || op === ">" || op === ">=") {
      this.checkOrderingValue(value);
    }
    if (op === "like" && value.kind === "Regex") {
      this.problem("`like` takes a word or a quoted string, not a regex; use `field = /regex/`", value.span, "syntax");
    }
    return { kind: "FieldTest", field, op, value, span };
  }

  filterValue(ctx: Children): A.PatternValue | A.RegexLiteral | A.ParamRef {
    return this.valueToken(firstToken(ctx.Word, ctx.StringLiteral, ctx.RegexLiteral, ctx.Param));
  }

  private valueToken(token: IToken): A.PatternValue | A.RegexLiteral | A.ParamRef {
    const span = tokenSpan(token);
    switch (token.tokenType.name) {
      case "StringLiteral":
        return { kind: "Pattern", text: (token.payload as StringPayload).value, quoted: true, span };
      case "RegexLiteral":
        return this.regex(token);
      case "Param":
        return this.param(token);
      default:
        return { kind: "Pattern", text: token.image, quoted: false, span };
    }
  }

  // -------------------------------------------------------------------------------------------
  // Calls and expressions

  call(ctx: Children, node: CstNode): A.Call {
    const nameToken = firstToken(ctx.FunctionName, ctx.SavedName);
    const saved = nameToken.tokenType.name === "SavedName";
    const name = saved ? (nameToken.payload as SavedPayload).name : nameToken.image;
    const args = nodes(ctx.args).map((arg) => this.visit(arg) as A.Arg);
    return { kind: "Call", name, saved, args, nameSpan: tokenSpan(nameToken), span: nodeSpan(node) };
  }

  argument(ctx: Children, node: CstNode): A.Arg {
    if (ctx.namedQuery) return { value: this.visit(firstNode(ctx.namedQuery)), span: nodeSpan(node) };
    const value: A.Expr = this.visit(firstNode(ctx.expression));
    const nameToken = ctx.name ? firstToken(ctx.name) : undefined;
    if (!nameToken) return { value, span: nodeSpan(node) };
    return { name: nameToken.image, nameSpan: tokenSpan(nameToken), value, span: nodeSpan(node) };
  }

  namedQuery(ctx: Children, node: CstNode): A.NamedQuery {
    const nameToken = firstToken(ctx.name);
    const subquery: A.Subquery = this.visit(firstNode(ctx.subquery));
    return {
      kind: "NamedQuery",
      name: nameToken.image,
      nameSpan: tokenSpan(nameToken),
      pipeline: subquery.pipeline,
      options: nodes(ctx.options).map((option) => this.visit(option) as A.Arg),
      span: nodeSpan(node),
    };
  }

  queryOption(ctx: Children, node: CstNode): A.Arg {
    const nameToken = firstToken(ctx.name);
    const value: A.Expr = this.visit(firstNode(ctx.expression));
    return { name: nameToken.image, nameSpan: tokenSpan(nameToken), value, span: nodeSpan(node) };
  }

  expression(ctx: Children, node: CstNode): A.Expr {
    const operands = nodes(ctx.operands).map((operand) => this.visit(operand) as A.Expr);
    if (operands.length === 1) return operands[0]!;
    const op = firstToken(ctx.operator).image as A.BinaryOperator;
    return { kind: "Binary", op, left: operands[0]!, right: operands[1]!, span: nodeSpan(node) };
  }

  additive(ctx: Children): A.Expr {
    return this.leftAssociative(ctx);
  }

  multiplicative(ctx: Children): A.Expr {
    return this.leftAssociative(ctx);
  }

  private leftAssociative(ctx: Children): A.Expr {
    const operands = nodes(ctx.operands).map((operand) => this.visit(operand) as A.Expr);
    const operators = tokens(ctx.operators);
    let result = operands[0]!;
    for (let i = 0; i < operators.length; i++) {
      const right = operands[i + 1]!;
      const op = operators[i]!.image as A.BinaryOperator;
      result = { kind: "Binary", op, left: result, right, span: joinSpans(result.span, right.span) };
    }
    return result;
  }

  unaryExpr(ctx: Children, node: CstNode): A.Expr {
    if (ctx.primaryExpr) return this.visit(firstNode(ctx.primaryExpr));
    const op = firstToken(ctx.operator).image as "-" | "!";
    return { kind: "Unary", op, operand: this.visit(firstNode(ctx.unaryExpr)), span: nodeSpan(node) };
  }

  primaryExpr(ctx: Children): A.Expr {
    const child = ctx.expression ?? ctx.call ?? ctx.arrayLiteral ?? ctx.subquery ?? ctx.assignExpr;
    if (child) return this.visit(firstNode(child));

    const token = firstToken(ctx.Word, ctx.StringLiteral, ctx.Param, ctx.RegexLiteral);
    const span = tokenSpan(token);
    switch (token.tokenType.name) {
      case "StringLiteral":
        return { kind: "String", value: (token.payload as StringPayload).value, span };
      case "Param":
        return this.param(token);
      case "RegexLiteral":
        return this.regex(token);
      default:
        return { kind: "Bare", text: token.image, span };
    }
  }

  arrayLiteral(ctx: Children, node: CstNode): A.ArrayLiteral {
    const elements = nodes(ctx.elements).map((element) => this.visit(element) as A.Expr);
    return { kind: "Array", elements, span: nodeSpan(node) };
  }

  subquery(ctx: Children, node: CstNode): A.Subquery {
    return { kind: "Subquery", pipeline: this.visit(firstNode(ctx.pipeline)), span: nodeSpan(node) };
  }

  assignExpr(ctx: Children, node: CstNode): A.AssignExpr {
    return {
      kind: "AssignExpr",
      target: this.visit(firstNode(ctx.fieldName)),
      value: this.visit(firstNode(ctx.expression)),
      span: nodeSpan(node),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Checks

  private regex(token: IToken): A.RegexLiteral {
    const payload = token.payload as RegexPayload;
    const span = tokenSpan(token);
    for (const flag of payload.flags) {
      if (!REGEX_FLAGS.has(flag)) {
        const flagOffset = span.end - payload.flags.length + payload.flags.indexOf(flag);
        this.problem(
          `unknown regex flag \`${flag}\`: LogScale accepts i (ignore case), m (multi-line), d (dot matches newline), g (repeat) and F (engine v2)`,
          { ...span, offset: flagOffset, end: flagOffset + 1, column: span.column + (flagOffset - span.offset) },
          "invalidRegexFlag",
        );
      }
    }
    return { kind: "Regex", source: payload.source, flags: payload.flags, span };
  }

  private param(token: IToken): A.ParamRef {
    const payload = token.payload as ParamPayload;
    const ref: A.ParamRef = { kind: "Param", name: payload.name, span: tokenSpan(token) };
    if (payload.defaultValue !== undefined) ref.defaultValue = payload.defaultValue;
    return ref;
  }

  /** Unquoted field names take name characters only: `host-name` must be written `"host-name"`. */
  private checkFieldName(name: string, span: A.Span): void {
    const bare = name.replace(/\[\d*\]/g, "").replace(/`[^`]*`/g, "");
    for (const char of bare) {
      const code = char.codePointAt(0)!;
      if (!isNameChar(code)) {
        this.problem(
          `\`${char}\` cannot appear in an unquoted field name: write "${name}" in double quotes`,
          span,
          "invalidFieldName",
        );
        return;
      }
    }
  }

  private checkOrderingValue(value: A.FieldTest["value"]): void {
    if (value.kind === "Param") return;
    if (value.kind === "Pattern" && FILTER_NUMBER.test(value.text)) return;
    this.problem(
      "the right side of `<`, `<=`, `>` and `>=` must be a number; to compare two fields use test(a < b)",
      value.span,
      "invalidNumber",
    );
  }

  private problem(message: string, span: A.Span, code: SyntaxProblem["code"]): void {
    this.problems.push({ message, span, code });
  }
}

// ---------------------------------------------------------------------------------------------
// CST helpers

function first(elements: CstElement[] | undefined): CstElement | undefined {
  return elements?.[0];
}

function nodes(elements: CstElement[] | undefined): CstNode[] {
  return (elements ?? []) as CstNode[];
}

function tokens(elements: CstElement[] | undefined): IToken[] {
  return (elements ?? []) as IToken[];
}

/** A part that the grammar requires is missing, which only happens after error recovery. */
class IncompleteTreeError extends Error {
  constructor(what: string) {
    super(`internal error: expected ${what} in the syntax tree`);
  }
}

function firstNode(...options: (CstElement[] | undefined)[]): CstNode {
  for (const option of options) {
    if (option && option.length > 0) return option[0] as CstNode;
  }
  throw new IncompleteTreeError("a syntax node");
}

function firstToken(...options: (CstElement[] | undefined)[]): IToken {
  for (const option of options) {
    if (option && option.length > 0) return option[0] as IToken;
  }
  throw new IncompleteTreeError("a token");
}

export function tokenSpan(token: IToken): A.Span {
  return {
    offset: token.startOffset,
    end: (token.endOffset ?? token.startOffset) + 1,
    line: token.startLine ?? 1,
    column: token.startColumn ?? 1,
  };
}

function nodeSpan(node: CstNode): A.Span {
  const location = node.location;
  if (!location || Number.isNaN(location.startOffset)) return { offset: 0, end: 0, line: 1, column: 1 };
  return {
    offset: location.startOffset,
    end: (location.endOffset ?? location.startOffset) + 1,
    line: location.startLine ?? 1,
    column: location.startColumn ?? 1,
  };
}

function joinSpans(start: A.Span, end: A.Span): A.Span {
  return { offset: start.offset, end: end.end, line: start.line, column: start.column };
}

/** Gives a negated filter the span of the whole `not ...` node. */
function nodeSpanned(filter: A.FilterNode, node: CstNode): A.FilterNode {
  return filter.kind === "Not" ? { ...filter, span: nodeSpan(node) } : filter;
}
