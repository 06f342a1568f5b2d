/**
 * Railroad syntax diagrams of the CQL grammar, generated from the parser's rules by chevrotain.
 * grammar/diagrams.html contains the output; `npx tsx grammar/generate-diagrams.ts` rewrites it.
 */
import { createSyntaxDiagramsCode, type ISerializedGast } from "chevrotain";
import { grammar } from "./grammar.js";

/** Returns the grammar rules in chevrotain's serialized form. */
export function grammarProductions(): ISerializedGast[] {
  return grammar.getSerializedGastProductions();
}

/** Builds a standalone HTML page with one diagram per grammar rule. */
export function syntaxDiagramsHtml(): string {
  return createSyntaxDiagramsCode(grammarProductions());
}
