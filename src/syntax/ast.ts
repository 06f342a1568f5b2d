/**
 * The typed syntax tree of a CQL query. The parser builds it; analysis binds it to the function
 * registry; the compiler turns it into closures. Every node carries its source span.
 */

/** Source location: `offset` and `end` are UTF-16 offsets into the query text (end exclusive). */
export interface Span {
  offset: number;
  end: number;
  /** 1-based line of `offset`. */
  line: number;
  /** 1-based column of `offset`. */
  column: number;
}

export interface Query {
  kind: "Query";
  pipeline: Pipeline;
  span: Span;
}

/** Steps separated by `|`. */
export interface Pipeline {
  kind: "Pipeline";
  steps: Step[];
  span: Span;
}

export type Step = FilterNode | Assign | FieldCall | Case | Match | StatsArray;

/** `target := value`; a call on the right is rewritten by analysis to `call(..., as=target)`. */
export interface Assign {
  kind: "Assign";
  target: FieldName;
  value: Expr;
  span: Span;
}

/** `field =~ call(...)`, which passes `field` as the call's `field` argument. */
export interface FieldCall {
  kind: "FieldCall";
  field: FieldName;
  call: Call;
  span: Span;
}

/** `case { pipeline ; pipeline ; ... }` */
export interface Case {
  kind: "Case";
  branches: Pipeline[];
  span: Span;
}

/** `field match { guard => pipeline ; ... }` */
export interface Match {
  kind: "Match";
  field: FieldName;
  arms: MatchArm[];
  span: Span;
}

export interface MatchArm {
  guard: Guard;
  body: Pipeline;
  span: Span;
}

/** A match guard: `*`/`true` (every event), a pattern, a regex, a parameter or a filter function call. */
export type Guard = AnyGuard | PatternValue | RegexLiteral | ParamRef | Call;

export interface AnyGuard {
  kind: "AnyGuard";
  span: Span;
}

/** A pipeline step that is only `[agg(), name := agg()]`, shorthand for `stats([...])`. */
export interface StatsArray {
  kind: "StatsArray";
  elements: Expr[];
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Filters

export type FilterNode = FieldTest | FreeText | And | Or | Not | BoolFilter | Call | Link;

export type ComparisonOperator = "=" | "!=" | "<" | "<=" | ">" | ">=" | "like";

/** `field op value`: the left side is always a field name, the right side never is. */
export interface FieldTest {
  kind: "FieldTest";
  field: FieldName;
  op: ComparisonOperator;
  value: PatternValue | RegexLiteral | ParamRef;
  span: Span;
}

/** A bare word, quoted string or regex searched for in every field of the original event. */
export interface FreeText {
  kind: "FreeText";
  value: PatternValue | RegexLiteral | ParamRef;
  span: Span;
}

export interface And {
  kind: "And";
  operands: FilterNode[];
  /** True when at least one operand was joined without the `and` keyword. */
  implicit: boolean;
  span: Span;
}

export interface Or {
  kind: "Or";
  operands: FilterNode[];
  span: Span;
}

export interface Not {
  kind: "Not";
  operand: FilterNode;
  /** How the negation was written. */
  syntax: "not" | "!";
  span: Span;
}

/**
 * `field <=> query.field`, a step of a correlate() query: keeps the constellations in which this
 * query's `field` equals the field of the event matched by the named query.
 */
export interface Link {
  kind: "Link";
  field: FieldName;
  /** The linked field, written `queryName.field`. */
  other: FieldName;
  span: Span;
}

/** The keywords `true` and `false` used as whole filters. */
export interface BoolFilter {
  kind: "BoolFilter";
  value: boolean;
  span: Span;
}

/** A field name as written: unquoted (`a.b[0]`, `#tag`, `@timestamp`) or quoted (`"host-name"`). */
export interface FieldName {
  kind: "FieldName";
  name: string;
  quoted: boolean;
  span: Span;
}

/** An unquoted pattern or quoted string in a filter position; `*` is a wildcard in both. */
export interface PatternValue {
  kind: "Pattern";
  text: string;
  quoted: boolean;
  span: Span;
}

export interface RegexLiteral {
  kind: "Regex";
  source: string;
  flags: string;
  span: Span;
}

/** `?name` or `?{name=default}`: a query parameter the caller supplies. */
export interface ParamRef {
  kind: "Param";
  name: string;
  defaultValue?: string;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Calls and expressions

/** `name(args)`, `ns:name(args)`, or a saved-search call `$name(args)`. */
export interface Call {
  kind: "Call";
  /** The name as written, without `$` for saved searches. */
  name: string;
  saved: boolean;
  args: Arg[];
  nameSpan: Span;
  span: Span;
}

/** `name=value` or an unnamed value (bound to the function's default parameter). */
export interface Arg {
  name?: string;
  nameSpan?: Span;
  value: Expr;
  span: Span;
}

export type Expr =
  | Bare
  | StringLiteral
  | Binary
  | Unary
  | Call
  | ArrayLiteral
  | Subquery
  | ParamRef
  | RegexLiteral
  | AssignExpr
  | NamedQuery;

/**
 * An unquoted word. In an expression it is a number, `true`/`false` or a field reference; in an
 * argument whose parameter is not an expression its text is used as written (a field name,
 * a pattern such as `*.exe`, a duration such as `1h`).
 */
export interface Bare {
  kind: "Bare";
  text: string;
  span: Span;
}

export interface StringLiteral {
  kind: "String";
  value: string;
  span: Span;
}

export type BinaryOperator = "+" | "-" | "*" | "/" | "%" | "==" | "!=" | "<" | "<=" | ">" | ">=";

export interface Binary {
  kind: "Binary";
  op: BinaryOperator;
  left: Expr;
  right: Expr;
  span: Span;
}

export interface Unary {
  kind: "Unary";
  op: "-" | "!";
  operand: Expr;
  span: Span;
}

export interface ArrayLiteral {
  kind: "Array";
  elements: Expr[];
  span: Span;
}

/** `{ pipeline }` used as a value: a filter clause, a composite aggregate, a join subquery. */
export interface Subquery {
  kind: "Subquery";
  pipeline: Pipeline;
  span: Span;
}

/** A query of correlate(): `name: { pipeline } include: [fields]`. */
export interface NamedQuery {
  kind: "NamedQuery";
  name: string;
  nameSpan: Span;
  pipeline: Pipeline;
  /** The options after the query, such as `include: [user]`, as named arguments. */
  options: Arg[];
  span: Span;
}

/** `name := value` inside an array or argument list (`[a := min(x), b := max(x)]`). */
export interface AssignExpr {
  kind: "AssignExpr";
  target: FieldName;
  value: Expr;
  span: Span;
}

export type Node = Query | Pipeline | Step | Expr | Guard | FieldName | MatchArm;
