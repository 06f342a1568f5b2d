/** Reads the lookup files committed under test/fixtures/lookup for the lookup and join tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DIRECTORY = fileURLToPath(new URL("../../fixtures/lookup/", import.meta.url));

/** Returns the `files` run option holding the named fixture files. */
export function fixtureFiles(...names: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of names) {
    files[name] = readFileSync(`${DIRECTORY}${name}`, "utf8");
  }
  return files;
}
