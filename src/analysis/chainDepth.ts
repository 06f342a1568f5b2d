/**
 * Rejects queries chained so long that analysing or running them would exhaust the JavaScript
 * call stack. Analysis recurses once per expression operator, and the compiled query calls one
 * function per pipeline step and per filter joined by `and`, so these add up along a path from
 * the root of the syntax tree. Lists of alternatives (`or`, in(), array elements, case branches)
 * are handled in loops and do not count.
 */
import { CqlQueryError, ErrorCodes, positionOf } from "../errors/index.js";
import type { Query, Span } from "../syntax/ast.js";

/**
 * The longest chain accepted. Published hunting and detection queries chain far less deep (at
 * most 107 in a set of 3,050). About 5,800 chained `+` operators overflowed Node 20's default
 * stack (984 KB), while queries at this limit still ran with a 150 KB stack, which leaves room
 * for callers that are deep in the stack already.
 */
export const MAX_CHAIN_DEPTH = 1000;

interface Pending {
  node: object;
  depth: number;
}

/**
 * Walks the syntax tree with its own stack, since a tree this check rejects could be too deep to
 * walk recursively.
 * @throws CqlQueryError (limitExceeded) at the first node in source order past MAX_CHAIN_DEPTH.
 */
export function checkChainDepth(query: Query, source: string, file: string | undefined): void {
  const pending: Pending[] = [{ node: query, depth: 0 }];

  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (depth > MAX_CHAIN_DEPTH) {
      throw tooDeep(node, source, file);
    }

    // Pushed in reverse, so that nodes are visited in source order and the error names the
    // first node past the limit.
    const children = [...childrenOf(node)];
    for (let index = children.length - 1; index >= 0; index--) {
      const [child, step] = children[index]!;
      pending.push({ node: child, depth: depth + step });
    }
  }
}

/**
 * Yields each child node with how much longer the chain is at that child: the n-th pipeline step
 * or `and` operand adds n, an expression operator adds 1 to each operand. Other nesting adds
 * nothing, since the parser already limits how deeply brackets and prefix operators nest.
 */
function* childrenOf(node: object): Generator<[object, number]> {
  const kind = (node as { kind?: string }).kind;

  if (kind === "Pipeline" || kind === "And") {
    const items = kind === "Pipeline" ? (node as { steps: object[] }).steps : (node as { operands: object[] }).operands;
    for (const [index, item] of items.entries()) {
      yield [item, index + 1];
    }
    return;
  }

  const step = kind === "Binary" ? 1 : 0;
  for (const [key, value] of Object.entries(node)) {
    if (key === "span" || key === "nameSpan") continue;

    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === "object" && item !== null) yield [item as object, step];
      }
    } else if (typeof value === "object" && value !== null) {
      yield [value as object, step];
    }
  }
}

function tooDeep(node: object, source: string, file: string | undefined): CqlQueryError {
  const span = (node as { span?: Span }).span ?? { offset: 0, end: 0, line: 1, column: 1 };

  return new CqlQueryError({
    code: ErrorCodes.limitExceeded,
    message:
      `query too deeply chained: more than ${MAX_CHAIN_DEPTH} pipeline steps, filters joined by "and" ` +
      `and expression operators lead up to this point. Split the query, or write long lists of values ` +
      `with "or" or in()`,
    source,
    ...(file === undefined ? {} : { file }),
    ...positionOf(span),
  });
}
