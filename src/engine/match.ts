/**
 * Wildcard patterns as LogScale filters use them: `*` matches any run of characters (also
 * none), every other character matches itself, case-sensitively, and `*` cannot be escaped
 * (syntax-filters and syntax-operators docs pages). Matching never uses a regex, so a pattern
 * costs linear time in the value whatever it contains.
 */

/** A compiled test of one string. */
export type TextMatcher = (value: string) => boolean;

export interface WildcardOptions {
  /** True for `f = v` (the whole value must match); false for free text and `like` (contains). */
  anchored: boolean;
  ignoreCase?: boolean;
}

/** Compiles a wildcard pattern into a matcher. */
export function compileWildcard(pattern: string, options: WildcardOptions): TextMatcher {
  const ignoreCase = options.ignoreCase === true;
  const text = ignoreCase ? pattern.toLowerCase() : pattern;
  const matcher = options.anchored ? anchoredMatcher(text) : containsMatcher(text);

  if (!ignoreCase) {
    return matcher;
  }

  return (value) => matcher(value.toLowerCase());
}

/** Tells whether a pattern contains a wildcard. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes("*");
}

function anchoredMatcher(pattern: string): TextMatcher {
  const parts = pattern.split("*");
  if (parts.length === 1) {
    return (value) => value === pattern;
  }

  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const middle = parts.slice(1, -1).filter((part) => part.length > 0);
  const fixedLength = first.length + last.length;

  return (value) => {
    if (value.length < fixedLength || !value.startsWith(first) || !value.endsWith(last)) {
      return false;
    }

    return middleMatches(value, middle, first.length, value.length - last.length);
  };
}

function containsMatcher(pattern: string): TextMatcher {
  const parts = pattern.split("*").filter((part) => part.length > 0);
  if (parts.length === 0) {
    return () => true;
  }

  if (parts.length === 1) {
    const only = parts[0] as string;
    return (value) => value.includes(only);
  }

  return (value) => middleMatches(value, parts, 0, value.length);
}

/**
 * Finds the parts in order, without overlap, inside `value[start, end)`. Taking the leftmost
 * occurrence of each part is enough: a later start can never leave more room for the rest.
 */
function middleMatches(value: string, parts: readonly string[], start: number, end: number): boolean {
  let position = start;

  for (const part of parts) {
    const found = value.indexOf(part, position);
    if (found === -1 || found + part.length > end) {
      return false;
    }
    position = found + part.length;
  }

  return true;
}
