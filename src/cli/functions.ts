/**
 * `cql functions [--json]`: lists every function the query language offers here, with its kind
 * (filter, transformation or aggregate) and the name of its LogScale docs page.
 */
import type { Writable } from "node:stream";
import { builtinFunctions, type AnyFunctionDefinition } from "../index.js";

export const FUNCTIONS_USAGE = `Usage:
  cql functions [--json]

Lists every function cql knows, sorted by name, with its kind (filter, transformation or
aggregate) and the name of its page in the LogScale documentation. --json prints the same as a
JSON array of objects with name, aliases, kind, docsPage and summary.
`;

const EXIT_OK = 0;
const EXIT_USAGE = 2;

export interface FunctionsStreams {
  stdout: Writable;
  stderr: Writable;
}

/** One function as `cql functions --json` prints it. */
export interface FunctionEntry {
  name: string;
  aliases: string[];
  kind: string;
  docsPage: string;
  summary: string;
}

/** Runs `cql functions` with the arguments after `functions`; returns the exit status. */
export function runFunctions(args: readonly string[], streams: FunctionsStreams, definitions: readonly AnyFunctionDefinition[] = builtinFunctions): number {
  if (args.includes("-h") || args.includes("--help")) {
    streams.stdout.write(FUNCTIONS_USAGE);
    return EXIT_OK;
  }

  const unknown = args.find((arg) => arg !== "--json");
  if (unknown !== undefined) {
    streams.stderr.write(`cql functions: unknown argument "${unknown}"\n\n${FUNCTIONS_USAGE}`);
    return EXIT_USAGE;
  }

  const entries = listFunctions(definitions);
  streams.stdout.write(args.includes("--json") ? `${JSON.stringify(entries, null, 2)}\n` : formatTable(entries));
  return EXIT_OK;
}

/** Returns the functions sorted by name, ignoring case as LogScale does when it looks them up. */
export function listFunctions(definitions: readonly AnyFunctionDefinition[]): FunctionEntry[] {
  return definitions
    .map((definition) => ({
      name: definition.name,
      aliases: [...(definition.aliases ?? [])],
      kind: definition.kind,
      docsPage: definition.docsPage,
      summary: definition.summary,
    }))
    .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase(), "en") || a.name.localeCompare(b.name, "en"));
}

/** Aligned columns NAME, KIND, DOCS PAGE, one function per line. */
function formatTable(entries: readonly FunctionEntry[]): string {
  const header = { name: "NAME", kind: "KIND", docsPage: "DOCS PAGE" };
  const nameWidth = Math.max(header.name.length, ...entries.map((entry) => entry.name.length));
  const kindWidth = Math.max(header.kind.length, ...entries.map((entry) => entry.kind.length));

  const line = (name: string, kind: string, page: string) => `${name.padEnd(nameWidth)}  ${kind.padEnd(kindWidth)}  ${page}\n`;
  return [line(header.name, header.kind, header.docsPage), ...entries.map((entry) => line(entry.name, entry.kind, entry.docsPage))].join("");
}
