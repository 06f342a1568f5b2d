/**
 * Suppression comments. `// cql-lint-ignore` silences the warnings that start on its line;
 * `// cql-lint-ignore-next-line` those on the next line. Either may list rule ids
 * (`// cql-lint-ignore count-not-distinct, unset-field`); without ids it silences every rule.
 * Block comments work the same way.
 */
import { tokenize } from "../syntax/lexer.js";

/** Rule ids silenced per 1-based line; `"all"` silences every rule. */
export type Suppressions = Map<number, Set<string> | "all">;

const DIRECTIVE = /cql-lint-ignore(-next-line)?\b([^\n*]*)/;

export function findSuppressions(source: string): Suppressions {
  const suppressions: Suppressions = new Map();
  if (!source.includes("cql-lint-ignore")) return suppressions;

  for (const comment of comments(source)) {
    const directive = DIRECTIVE.exec(comment.text);
    if (directive === null) continue;

    const line = lineAt(source, comment.offset) + (directive[1] === undefined ? 0 : 1);
    const ids = (directive[2] ?? "").split(/[\s,]+/).filter((id) => /^[a-z][a-z-]*$/.test(id));
    add(suppressions, line, ids);
  }

  return suppressions;
}

export function isSuppressed(suppressions: Suppressions, line: number, rule: string): boolean {
  const entry = suppressions.get(line);
  return entry === "all" || entry?.has(rule) === true;
}

function add(suppressions: Suppressions, line: number, ids: string[]): void {
  const existing = suppressions.get(line);
  if (ids.length === 0 || existing === "all") {
    suppressions.set(line, "all");
    return;
  }
  suppressions.set(line, new Set([...(existing ?? []), ...ids]));
}

/**
 * Finds the comments of a query. Comments only appear between tokens, so the gaps the lexer
 * leaves contain only whitespace and comments. A `//` inside a string or pattern is never matched.
 */
function comments(source: string): { text: string; offset: number }[] {
  const found: { text: string; offset: number }[] = [];
  const tokens = tokenize(source).tokens;
  let gapStart = 0;

  for (const token of [...tokens, undefined]) {
    const gapEnd = token === undefined ? source.length : token.startOffset;
    const gap = source.slice(gapStart, gapEnd);
    for (const match of gap.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g)) {
      found.push({ text: match[0], offset: gapStart + match.index });
    }
    if (token !== undefined) gapStart = (token.endOffset ?? token.startOffset) + 1;
  }

  return found;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let index = source.indexOf("\n"); index !== -1 && index < offset; index = source.indexOf("\n", index + 1)) line += 1;
  return line;
}
