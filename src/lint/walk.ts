/** Walks the syntax tree: every node, with the chain of its ancestors. */
import type * as A from "../syntax/ast.js";

/** Any node the walk visits. Match arms are not nodes of their own: their guard and body are. */
export type WalkNode = A.Query | A.Pipeline | A.Step | A.Expr | A.Guard;

/**
 * Calls `visit` for `node` and every node below it, parents first. `ancestors` lists the
 * enclosing nodes, outermost first, and is only valid during the call.
 */
export function walk(node: WalkNode, visit: (node: WalkNode, ancestors: readonly WalkNode[]) => void): void {
  const ancestors: WalkNode[] = [];

  const enter = (current: WalkNode): void => {
    visit(current, ancestors);
    ancestors.push(current);
    for (const child of childrenOf(current)) enter(child);
    ancestors.pop();
  };

  enter(node);
}

/** Lists the direct children of a node, in source order. Field names and literal values have none. */
export function childrenOf(node: WalkNode): WalkNode[] {
  switch (node.kind) {
    case "Query":
      return [node.pipeline];
    case "Pipeline":
      return node.steps;
    case "Assign":
      return [node.value];
    case "FieldCall":
      return [node.call];
    case "Case":
      return node.branches;
    case "Match":
      return node.arms.flatMap((arm) => [arm.guard, arm.body]);
    case "StatsArray":
      return node.elements;
    case "And":
    case "Or":
      return node.operands;
    case "Not":
      return [node.operand];
    case "Call":
      return node.args.map((arg) => arg.value);
    case "Binary":
      return [node.left, node.right];
    case "Unary":
      return [node.operand];
    case "Array":
      return node.elements;
    case "Subquery":
      return [node.pipeline];
    case "AssignExpr":
      return [node.value];
    case "NamedQuery":
      return [node.pipeline, ...node.options.map((option) => option.value)];
    default:
      return [];
  }
}

/** Finds the argument of a call by name (`as=x`), ignoring case as LogScale does for parameter names. */
export function namedArgument(call: A.Call, name: string): A.Arg | undefined {
  const lowerName = name.toLowerCase();
  return call.args.find((arg) => arg.name?.toLowerCase() === lowerName);
}

/** Finds the argument bound to a parameter: named, or the unnamed one when it is the default parameter. */
export function argumentFor(call: A.Call, name: string, isDefault: boolean): A.Arg | undefined {
  return namedArgument(call, name) ?? (isDefault ? call.args.find((arg) => arg.name === undefined) : undefined);
}

/** Returns the text of a bare word or string argument value (`as=uniquePortCount`, `as="x"`). */
export function textOf(expr: A.Expr | undefined): string | undefined {
  if (expr === undefined) return undefined;
  if (expr.kind === "Bare") return expr.text;
  if (expr.kind === "String") return expr.value;
  return undefined;
}

/** Lists the field names of a `field` / `fields` argument: one name or an array of names. */
export function fieldNamesOf(expr: A.Expr | undefined): string[] {
  if (expr === undefined) return [];
  if (expr.kind === "Array") return expr.elements.map(textOf).filter((name): name is string => name !== undefined);

  const name = textOf(expr);
  return name === undefined ? [] : [name];
}

/** Returns the text a node spans in the query, on one line and cut to `max` characters. */
export function sourceText(source: string, span: A.Span, max = 80): string {
  const text = source.slice(span.offset, span.end).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
