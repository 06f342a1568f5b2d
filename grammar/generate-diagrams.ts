/**
 * Rewrites grammar/diagrams.html from the parser's rules:
 *   npx tsx grammar/generate-diagrams.ts
 * test/syntax/grammar-files.test.ts fails when the file is out of date.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { syntaxDiagramsHtml } from "../src/syntax/diagrams.js";

const target = fileURLToPath(new URL("./diagrams.html", import.meta.url));
writeFileSync(target, syntaxDiagramsHtml());
console.log(`wrote ${target}`);
