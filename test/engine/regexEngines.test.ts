/**
 * The two engines behind a compiled regex must agree: every pattern is printed once for
 * JavaScript's RegExp and once for re2js, and the engine is picked by input length only. These
 * tests run the same patterns through both and compare every match, capture and position.
 */
import { describe, expect, it } from "vitest";
import { compileRegex, type CompiledRegex, type RegexMatch } from "../../src/engine/regex.js";

function both(source: string, flags = ""): [CompiledRegex, CompiledRegex] {
  return [
    compileRegex(source, flags, { allowGlobalFlag: true, engine: "backtracking" }),
    compileRegex(source, flags, { allowGlobalFlag: true, engine: "linear" }),
  ];
}

function describeMatches(matches: readonly RegexMatch[]): string {
  return JSON.stringify(matches.map((match) => [match.index, ...Array.from({ length: match.length }, (_, group) => match[group] ?? null)]));
}

/**
 * Compares both engines on the inputs. Patterns that one engine always runs (backtracking limit
 * -1 or Infinity) are skipped: no input length can make their results depend on the engine.
 */
function disagreements(source: string, flags: string, inputs: readonly string[]): string[] {
  const automatic = compileRegex(source, flags, { allowGlobalFlag: true });
  if (automatic.backtrackingLimit === -1 || automatic.backtrackingLimit === Infinity) {
    return [];
  }

  const [backtracking, linear] = both(source, flags);
  const problems: string[] = [];

  for (const input of inputs) {
    const expected = describeMatches(backtracking.matchAll(input, 100));
    const actual = describeMatches(linear.matchAll(input, 100));
    if (expected !== actual) {
      problems.push(`/${source}/${flags} on ${JSON.stringify(input)}: RegExp ${expected}, re2js ${actual}`);
    }

    const first = backtracking.exec(input);
    const firstLinear = linear.exec(input);
    if (describeMatches(first === null ? [] : [first]) !== describeMatches(firstLinear === null ? [] : [firstLinear])) {
      problems.push(`/${source}/${flags} exec on ${JSON.stringify(input)}`);
    }
    if (backtracking.test(input) !== linear.test(input)) {
      problems.push(`/${source}/${flags} test on ${JSON.stringify(input)}`);
    }
  }

  return problems;
}

const SAMPLE_INPUTS = [
  "",
  "abc",
  "ABC aBc",
  "a\nb\nc",
  "ab\n",
  "\n",
  "key=value,k2=v2",
  "abcd abcbcd",
  "foo food afoo",
  "αβγ ΔΕ",
  "a.b*b",
  "éÉé",
  "]-^",
  "\u000b\f\t \u00a0",
  "user=alice host=web-1.example.com",
  "1.2.3.4 and 10.0.0.255",
];

describe("hand-picked patterns", () => {
  it.each([
    ["a.c", ""],
    ["a.c", "d"],
    ["^ab$", ""],
    ["^ab$", "m"],
    ["(?i)hello", ""],
    ["a(?i:bc)d", ""],
    ["\\w+\\s+\\d+", ""],
    ["\\W+", ""],
    ["\\W+", "F"],
    ["(?<k>\\w+)=(?<v>[^,]*)", ""],
    ["(a|ab)(c|bcd)(d*)", ""],
    ["x*", ""],
    ["a*?b", ""],
    ["(?:ab)+", ""],
    ["[^a-c]+", "i"],
    ["\\bfoo\\b", ""],
    ["\\Bo", ""],
    ["\\p{Greek}+", ""],
    ["[\\p{Lu}\\d]+", ""],
    ["\\Qa.b*\\E+", ""],
    ["(?s)a.b", ""],
    ["(?m)^.", ""],
    ["a{2,3}", ""],
    ["(a)|(b)", ""],
    ["é+", "i"],
    ["(?-i:a)b", "i"],
    ["(?i)a|b", ""],
    ["(?i)a|b", "F"],
    ["\\h+", "F"],
    ["(\\d{1,3}\\.){3}\\d{1,3}", ""],
    ["host=(?<host>[^.]+)\\.(?<domain>.+)$", ""],
  ])("/%s/%s", (source, flags) => {
    expect(disagreements(source, flags, SAMPLE_INPUTS)).toEqual([]);
  });
});

/** A deterministic pseudo-random generator (a linear congruential generator), so failures reproduce. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function randomPattern(random: () => number, depth = 0): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const atoms = ["a", "b", "c", ".", "\\w", "\\W", "\\d", "\\s", "[ab]", "[^a]", "[a-c]", "^", "$", "\\b", "\\B", "\\n", "A"];
  const parts: string[] = [];
  const length = 1 + Math.floor(random() * 4);

  for (let index = 0; index < length; index += 1) {
    let part = depth < 2 && random() < 0.3 ? `${pick(["(", "(?:", "(?i:", "(?<g" + index + depth + ">"])}${randomPattern(random, depth + 1)})` : pick(atoms);
    if (random() < 0.2 && depth < 2) {
      part = `${part}|${randomPattern(random, depth + 1)}`;
      part = `(?:${part})`;
    }
    const canRepeat = !["^", "$", "\\b", "\\B"].includes(part);
    if (canRepeat && random() < 0.4) {
      part += pick(["*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,}"]);
    }
    parts.push(part);
  }

  return parts.join("");
}

describe("generated patterns", () => {
  it("agree on generated inputs", () => {
    const random = generator(20261204);
    const alphabet = ["a", "b", "c", "A", " ", "\n", "1", "_", "é"];
    const problems: string[] = [];

    for (let round = 0; round < 400; round += 1) {
      const pattern = randomPattern(random);
      const flags = random() < 0.3 ? "i" : random() < 0.3 ? "m" : "";
      const inputs = Array.from({ length: 12 }, () => Array.from({ length: Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""));
      problems.push(...disagreements(pattern, flags, inputs));
    }

    expect(problems.slice(0, 10)).toEqual([]);
  });
});
