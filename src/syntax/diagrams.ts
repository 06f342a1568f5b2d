/**
 * Railroad syntax diagrams of the CQL grammar, generated from the parser's rules by chevrotain.
 * grammar/diagrams.html holds the output; `npx tsx grammar/generate-diagrams.ts` rewrites it.
 */
import { createSyntaxDiagramsCode, type ISerializedGast } from "chevrotain";
import { grammar } from "./grammar.js";

/** The grammar rules in chevrotain's serialized form. */
export function grammarProductions(): ISerializedGast[] {
  return grammar.getSerializedGastProductions();
}

/** A standalone HTML page with one diagram per grammar rule. */
export function syntaxDiagramsHtml(): string {
  return createSyntaxDiagramsCode(grammarProductions());
}
