/**
 * An upper bound on the work a backtracking engine (JavaScript's `RegExp`) may do for a pattern
 * on an input of a given length, and from it the longest input the backtracking engine may take.
 * Longer inputs go to re2js, whose run time grows linearly with the input.
 *
 * The bound counts the positions the engine may try: a repetition of one character class can
 * stop after any number of characters, so the rest of the pattern is tried from each of them,
 * unless the character after the repetition can never be matched by its class (`\S+ ` and
 * `[^"]*"` lead on from one place only). A repetition of something that itself can end in
 * several places (`(a+)+`, `(a|ab)*`) multiplies them from round to round, exponentially. An
 * unanchored search repeats all of it from every start position. The bound is coarse: it sends
 * some harmless patterns to re2js on long input, and is meant never to send a harmful one to the
 * backtracker.
 */
import { intersects, type CharSet } from "./charSet.js";
import type { RegexNode } from "./syntax.js";

/**
 * Steps of worst-case backtracking allowed for one match attempt. At the hundreds of millions
 * of simple steps per second that V8's regex engine runs, this is a few milliseconds.
 */
export const BACKTRACKING_BUDGET = 1_000_000;

/** Inputs longer than this are never searched by backtracking; searching up to it is cheap. */
const LONGEST_CHECKED = 2 ** 30;

/**
 * The longest input on which the backtracking engine stays within the budget: `Infinity` when
 * every length does, -1 when even the empty input does not.
 */
export function maxBacktrackingLength(root: RegexNode): number {
  const fits = (length: number) => worstCaseSteps(root, length) <= BACKTRACKING_BUDGET;

  if (!fits(0)) {
    return -1;
  }
  if (fits(LONGEST_CHECKED)) {
    return Infinity;
  }

  let low = 0;
  let high = LONGEST_CHECKED;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return low;
}

/** The worst-case step count for an input of `length` characters. */
export function worstCaseSteps(root: RegexNode, length: number): number {
  const starts = anchoredAtStart(root) ? 1 : length + 1;
  const search = explore(root, length, "end");
  return starts * (search.work + search.ways);
}

/** What may follow a node: a set of first characters, the end of the pattern, or unknown. */
type Follow = CharSet | "end" | null;

/**
 * The cost of trying every way a node can match from one position: `work` counts the steps,
 * `ways` the end positions the node can hand to what follows it, each of which the rest of the
 * pattern is tried from.
 */
interface Exploration {
  ways: number;
  work: number;
}

function explore(node: RegexNode, length: number, follow: Follow): Exploration {
  switch (node.kind) {
    case "chars":
    case "assertion":
      return { ways: 1, work: 1 };
    case "backreference":
      return { ways: 1, work: length + 1 };
    case "lookahead":
      return { ways: 1, work: explore(node.body, length, null).work };
    case "group":
      return explore(node.body, length, follow);
    case "alternation":
      return node.branches.reduce(
        (sum, branch) => {
          const each = explore(branch, length, follow);
          return { ways: sum.ways + each.ways, work: sum.work + each.work };
        },
        { ways: 0, work: 0 },
      );
    case "sequence":
      return exploreSequence(node.items, length, follow);
    case "repeat":
      return exploreRepeat(node, length, follow);
  }
}

/** Each item is entered once for every way the items before it can end. */
function exploreSequence(items: readonly RegexNode[], length: number, follow: Follow): Exploration {
  let entries = 1;
  let work = 0;

  items.forEach((item, index) => {
    const each = explore(item, length, followOf(items, index, follow));
    work += entries * each.work;
    entries *= each.ways;
  });

  return { ways: entries, work };
}

function exploreRepeat(node: Extract<RegexNode, { kind: "repeat" }>, length: number, follow: Follow): Exploration {
  const rounds = Math.min(node.max, length + 1);

  if (node.body.kind === "chars") {
    const choices = Math.max(rounds - node.min, 0) + 1;
    // Nothing after it, or a character it cannot match: only one end position leads on.
    const stopsOnce = follow === "end" || (follow !== null && !intersects(node.body.set, follow));
    return { ways: stopsOnce ? 1 : choices, work: rounds + 1 };
  }

  const body = explore(node.body, length, null);
  if (body.ways <= 1) {
    return { ways: Math.max(rounds - node.min, 0) + 1, work: (rounds + 1) * body.work };
  }
  // Every round can end in several places: the ways multiply from round to round.
  const ways = body.ways ** rounds;
  return { ways, work: ways * body.work };
}

/** The follow of `items[index]`: the first characters of the next item when it cannot be empty. */
function followOf(items: readonly RegexNode[], index: number, outer: Follow): Follow {
  const next = items[index + 1];
  if (next === undefined) {
    return outer;
  }
  return firstCharacters(next);
}

/** The set of characters a node's match must start with, or null when it may start otherwise. */
function firstCharacters(node: RegexNode): CharSet | null {
  switch (node.kind) {
    case "chars":
      return node.set;
    case "group":
      return firstCharacters(node.body);
    case "repeat":
      return node.min > 0 ? firstCharacters(node.body) : null;
    case "sequence": {
      const first = node.items[0];
      return first === undefined ? null : firstCharacters(first);
    }
    default:
      return null;
  }
}

function anchoredAtStart(node: RegexNode): boolean {
  switch (node.kind) {
    case "assertion":
      return node.test === "textStart";
    case "group":
      return anchoredAtStart(node.body);
    case "sequence": {
      const first = node.items[0];
      return first !== undefined && anchoredAtStart(first);
    }
    case "alternation":
      return node.branches.every(anchoredAtStart);
    default:
      return false;
  }
}
