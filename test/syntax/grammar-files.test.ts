import { readFileSync } from "node:fs";
import type { ISerializedGast } from "chevrotain";
import { describe, expect, it } from "vitest";
import { grammarProductions, syntaxDiagramsHtml } from "../../src/syntax/diagrams.js";
import * as T from "../../src/syntax/tokens.js";

const grammarDir = new URL("../../grammar/", import.meta.url);

/** Chevrotain's token names by the literal text the EBNF writes for them (`'|'`, `'and'`). */
const tokenByLiteral = new Map(
  T.allTokens.filter((type) => type.LABEL?.startsWith("`")).map((type) => [type.LABEL!.slice(1, -1), type.name]),
);

/** `STRING_LITERAL` in the EBNF is the token `StringLiteral`. */
function tokenName(upperSnake: string): string {
  return upperSnake.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

/** Reads the rules of cql.ebnf with the rules and tokens each one refers to. */
function readEbnf(): Map<string, Set<string>> {
  const text = readFileSync(new URL("cql.ebnf", grammarDir), "utf8").replace(/\/\*[\s\S]*?\*\//g, " ");
  const definitions = [...text.matchAll(/^([A-Za-z_]\w*)\s*::=([\s\S]*?)(?=^[A-Za-z_]\w*\s*::=|(?![\s\S]))/gm)];
  const rules = new Map<string, Set<string>>();

  for (const [, name, body] of definitions) {
    if (!/^[a-z]/.test(name!)) continue;
    const references = new Set<string>();
    for (const [, literal, identifier] of body!.matchAll(/'([^']*)'|([A-Za-z_]\w*)/g)) {
      if (literal !== undefined) references.add(tokenByLiteral.get(literal) ?? `unknown literal '${literal}'`);
      else references.add(/^[a-z]/.test(identifier!) ? identifier! : tokenName(identifier!));
    }
    rules.set(name!, references);
  }
  return rules;
}

const ORDERING_TOKENS = ["LessThan", "LessOrEqual", "GreaterThan", "GreaterOrEqual"];

/** Collects the rules and tokens a parser rule refers to, counting the Ordering category as its four tokens. */
function references(node: ISerializedGast, found = new Set<string>()): Set<string> {
  const name = "name" in node && typeof node.name === "string" ? node.name : "";
  if (node.type === "NonTerminal") found.add(name);
  if (node.type === "Terminal") {
    if (name === "Ordering") ORDERING_TOKENS.forEach((token) => found.add(token));
    else found.add(name);
  }
  for (const child of (node as { definition?: ISerializedGast[] }).definition ?? []) references(child, found);
  return found;
}

describe("grammar files", () => {
  it("diagrams.html is up to date", () => {
    const onDisk = readFileSync(new URL("diagrams.html", grammarDir), "utf8");
    expect(onDisk === syntaxDiagramsHtml(), "regenerate it with: npx tsx grammar/generate-diagrams.ts").toBe(true);
  });

  const ebnf = readEbnf();
  const productions = grammarProductions() as (ISerializedGast & { name: string })[];

  it("cql.ebnf defines the parser's rules", () => {
    expect([...ebnf.keys()].sort()).toEqual(productions.map((rule) => rule.name).sort());
  });

  it.each(productions.map((rule) => [rule.name, rule] as const))("rule %s uses the same parts", (name, rule) => {
    const written = [...(ebnf.get(name) ?? [])].sort();
    expect(written).toEqual([...references(rule)].sort());
  });
});
