/**
 * `cql lint FILE...`: warnings for known CQL traps in query files (`.cql`) and in the `cql:`
 * field of YAML rule files. Exits with status 1 when there are warnings, so CI can gate on it.
 */
import { readFile } from "node:fs/promises";
import { checkChainDepth } from "../analysis/chainDepth.js";
import { CqlQueryError, CqlSyntaxError } from "../errors/index.js";
import { formatWarning, lintQuery, lintRules, type LintWarning } from "../lint/lint.js";
import { parse } from "../syntax/parser.js";
import { findQueryFiles } from "../testing/discover.js";
import { blockStartLine, looksLikeRuleFile, parseYamlSource, RuleFileError } from "../testing/ruleFile.js";
import type { CliStreams } from "./cli.js";

export const LINT_USAGE = `Usage: cql lint PATH...
`;

const LINT_HELP = `${LINT_USAGE}
Warns about CQL that runs but probably does not do what it says. Each PATH is a query file,
a YAML rule file (its cql: field is linted), or a directory searched recursively for .cql
files and rule files. Each warning names its rule and the LogScale docs page that explains it.

Rules:
${lintRules.map((rule) => `  ${rule.id.padEnd(26)}${rule.summary}`).join("\n")}

A comment silences warnings on its line: // cql-lint-ignore, or for one rule
// cql-lint-ignore count-not-distinct. // cql-lint-ignore-next-line silences the next line.

Exit status: 0 no warnings, 1 warnings or a file that cannot be read or parsed, 2 usage error.
`;

/** A query to lint and how its positions map back into its file. */
interface LintTarget {
  text: string;
  /** The name shown in warnings. */
  label: string;
  /** The file text when positions map into it (a `cql: |` block), otherwise the query text. */
  shownSource: string;
  relocate: (warning: LintWarning) => LintWarning;
}

export async function runLintCommand(argv: readonly string[], streams: CliStreams): Promise<number> {
  if (argv.includes("-h") || argv.includes("--help")) {
    streams.stdout.write(LINT_HELP);
    return 0;
  }

  const option = argv.find((argument) => argument.startsWith("-"));
  if (argv.length === 0 || option !== undefined) {
    const problem = option === undefined ? "missing PATH" : `unknown option "${option}"`;
    streams.stderr.write(`cql lint: ${problem}\n\n${LINT_USAGE}Run "cql lint --help" for the rules.\n`);
    return 2;
  }

  const discovery = await findQueryFiles(argv);
  for (const path of discovery.missing) streams.stderr.write(`cql lint: ${path}: no such file or directory\n`);

  let warnings = 0;
  let failed = discovery.missing.length > 0;
  for (const file of discovery.files) {
    const result = await lintFile(file, streams);
    warnings += result.warnings;
    failed ||= result.failed;
  }

  const files = discovery.files.length;
  streams.stdout.write(`cql lint: ${warnings === 1 ? "1 warning" : `${warnings} warnings`} in ${files === 1 ? "1 file" : `${files} files`}\n`);
  return warnings > 0 || failed ? 1 : 0;
}

async function lintFile(file: string, streams: CliStreams): Promise<{ warnings: number; failed: boolean }> {
  let target: LintTarget;
  try {
    target = await readTarget(file);
  } catch (error) {
    const message = error instanceof RuleFileError ? error.message : `${file}: cannot read the file: ${(error as Error).message}`;
    streams.stderr.write(`${message}\n`);
    return { warnings: 0, failed: true };
  }

  let result;
  try {
    // The lint rules walk the syntax tree recursively, so a query chained too deeply to compile
    // is reported as compile() reports it rather than overflowing the stack.
    checkChainDepth(parse(target.text, { file: target.label }), target.text, target.label);
    result = lintQuery(target.text, { file: target.label });
  } catch (error) {
    if (!(error instanceof CqlSyntaxError || error instanceof CqlQueryError)) throw error;
    streams.stderr.write(`${error.format()}\n`);
    return { warnings: 0, failed: true };
  }

  for (const warning of result.warnings) {
    streams.stdout.write(`${formatWarning(target.relocate(warning), target.shownSource, target.label)}\n`);
  }
  return { warnings: result.warnings.length, failed: false };
}

async function readTarget(file: string): Promise<LintTarget> {
  const text = await readFile(file, "utf8");
  const same = (warning: LintWarning) => warning;
  if (!/\.ya?ml$/i.test(file)) return { text, label: file, shownSource: text, relocate: same };

  const source = parseYamlSource(text, file);
  const query = source.document.get("cql");
  if (!looksLikeRuleFile(source) || typeof query !== "string") {
    throw new RuleFileError(file, [{ line: undefined, column: undefined, message: "no cql: field with the query text; a rule file keeps its query there" }]);
  }

  const firstLine = blockStartLine(source, ["cql"]);
  if (firstLine === undefined) return { text: query, label: `${file} (cql)`, shownSource: query, relocate: same };
  return { text: query, label: file, shownSource: text, relocate: (warning) => intoBlock(warning, text, firstLine) };
}

/**
 * Moves a warning from the query into the file: query line k is file line `firstLine + k - 1`
 * of a literal block, shifted right by the block's indentation.
 */
function intoBlock(warning: LintWarning, fileText: string, firstLine: number): LintWarning {
  const lineStarts = [0];
  for (let index = fileText.indexOf("\n"); index !== -1; index = fileText.indexOf("\n", index + 1)) lineStarts.push(index + 1);

  // The indentation of a literal block is that of its first line that is not blank.
  const indent = /^(?:[ \t]*\r?\n)*( *)/.exec(fileText.slice(lineStarts[firstLine - 1] ?? 0))?.[1]?.length ?? 0;
  const line = firstLine + warning.line - 1;
  const column = warning.column + indent;
  return { ...warning, line, column, offset: (lineStarts[line - 1] ?? 0) + column - 1 };
}
