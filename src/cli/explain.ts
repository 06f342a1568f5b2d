/**
 * `cql explain QUERY [EVENTS_FILE...]`: runs the query with a probe around every stage and prints
 * the events in and out of each, then follows one input event to the output or to the stage that
 * dropped it. QUERY may be a rule file. Without EVENTS_FILE, each of the rule's tests is
 * explained with its own events and options.
 */
import { readFile } from "node:fs/promises";
import { compile, CqlError, type CompiledQuery, type EventChooser, type InputEvent, type RunOptions } from "../index.js";
import { InputError, readEventFiles, STDIN_PATH } from "../io/index.js";
import { formatExplanation } from "../testing/explainText.js";
import { loadRuleFile, RuleFileError, type Rule } from "../testing/ruleFile.js";
import { DataCache, formatError, prepareInput } from "../testing/runner.js";
import { parseCommandLine, UsageError, type RunCommand } from "./args.js";
import { buildRunOptions, type CliStreams } from "./cli.js";

export const EXPLAIN_USAGE = `Usage:
  cql explain QUERY_FILE [EVENTS_FILE...] [--event N | --where FILTER] [options]
  cql explain RULE_FILE [--test NAME] [--event N | --where FILTER] [options]
`;

const EXPLAIN_HELP = `${EXPLAIN_USAGE}
Runs the query and prints, for every stage (top-level step), how many events went in and
came out. Then it follows one input event through the stages and names the stage that dropped
it and the condition that failed there. Without --event or --where it follows, when the query
produced no output, the first event that got furthest.

QUERY_FILE is a .cql file or a YAML rule file. With a rule file and no EVENTS_FILE, each test
of the rule is explained with the test's own events and options.

Options:
      --event N             Follow the Nth input event (1 is the first).
      --where FILTER        Follow the first input event that the CQL filter FILTER keeps,
                            e.g. --where 'FileName=nmap.exe'.
      --test NAME           With a rule file: explain only the test called NAME.
  -f, --format json         Print the explanation as JSON instead of text.
The input and run options of "cql run" apply too: -q, --tag, --timestamp-field, --now,
--start, --end, --timezone, --lookup, --lookup-dir, --param, --skip-invalid.

Exit status: 0 explained, 1 invalid query, rule file or input, 2 usage error.
`;

interface ExplainArguments {
  event: number | undefined;
  where: string | undefined;
  test: string | undefined;
  /** The arguments left for the shared run-option parser. */
  rest: string[];
}

class ExplainUsageError extends Error {}

export async function runExplainCommand(argv: readonly string[], streams: CliStreams): Promise<number> {
  const report = (message: string) => streams.stderr.write(`${message}\n`);
  if (argv.includes("-h") || argv.includes("--help")) {
    streams.stdout.write(EXPLAIN_HELP);
    return 0;
  }

  let args: ExplainArguments;
  let command: RunCommand;
  try {
    args = splitArguments(argv);
    const parsed = parseCommandLine(["run", ...args.rest]);
    if (parsed.kind !== "run") throw new ExplainUsageError("missing QUERY_FILE");
    command = parsed;
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ExplainUsageError)) throw error;
    report(`cql explain: ${error.message}\n\n${EXPLAIN_USAGE}Run "cql explain --help" for the options.`);
    return 2;
  }

  const options = await buildRunOptions(command, report);
  if (options === undefined) return 1;

  try {
    const target = await loadQuery(command);
    const chooser = buildChooser(args, options);
    const sections = await explainTarget(target, command, args, options, chooser, streams);
    writeSections(sections, command, streams);
    return 0;
  } catch (error) {
    if (error instanceof CqlError) report(formatError(error));
    else if (error instanceof RuleFileError || error instanceof InputError) report(error.message);
    else if (error instanceof ExplainUsageError) report(`cql explain: ${error.message}`);
    else throw error;
    return 1;
  }
}

/** Takes `--event`, `--where` and `--test` out of the arguments; the rest are run options. */
function splitArguments(argv: readonly string[]): ExplainArguments {
  const args: ExplainArguments = { event: undefined, where: undefined, test: undefined, rest: [] };

  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    const [name, inline] = argument.startsWith("--") && argument.includes("=") ? [argument.slice(0, argument.indexOf("=")), argument.slice(argument.indexOf("=") + 1)] : [argument, undefined];
    if (name !== "--event" && name !== "--where" && name !== "--test") {
      args.rest.push(argument);
      continue;
    }

    const value = inline ?? argv[++index];
    if (value === undefined) throw new ExplainUsageError(`missing value after ${name}`);
    if (name === "--event") args.event = parseEventNumber(value);
    else if (name === "--where") args.where = value;
    else args.test = value;
  }

  if (args.event !== undefined && args.where !== undefined) throw new ExplainUsageError("give --event or --where, not both");
  return args;
}

function parseEventNumber(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) {
    throw new ExplainUsageError(`invalid --event "${text}": expected the position of an input event, 1 for the first`);
  }
  return Number(text);
}

interface QueryTarget {
  query: CompiledQuery;
  rule: Rule | undefined;
}

async function loadQuery(command: RunCommand): Promise<QueryTarget> {
  if (command.queryText !== undefined) return { query: compile(command.queryText, { file: "<query>" }), rule: undefined };

  const file = command.queryFile as string;
  if (/\.ya?ml$/i.test(file)) {
    const rule = await loadRuleFile(file);
    return { query: compile(rule.cql, { file: `${file} (cql)` }), rule };
  }

  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(file, undefined, (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message);
  }
  return { query: compile(text, { file }), rule: undefined };
}

/** `--event N` counts from 1; `--where` runs a CQL filter over each input event on its own. */
function buildChooser(args: ExplainArguments, options: RunOptions): EventChooser | undefined {
  if (args.event !== undefined) return args.event - 1;
  if (args.where === undefined) return undefined;

  const filter = compile(args.where, { file: "--where" });
  const input: RunOptions = {
    ...(options.tags === undefined ? {} : { tags: options.tags }),
    ...(options.timestampField === undefined ? {} : { timestampField: options.timestampField }),
  };
  return (item) => filter.run([item as InputEvent], input).events.length > 0;
}

interface Section {
  /** The test the section explains, for rule files. */
  test: string | undefined;
  explanation: NonNullable<ReturnType<CompiledQuery["run"]>["explanation"]>;
  warnings: string[];
}

async function explainTarget(
  target: QueryTarget,
  command: RunCommand,
  args: ExplainArguments,
  options: RunOptions,
  chooser: EventChooser | undefined,
  streams: CliStreams,
): Promise<Section[]> {
  const explain = chooser === undefined ? true : { event: chooser };

  if (target.rule === undefined || command.eventFiles.length > 0) {
    const files = command.eventFiles.length === 0 ? [STDIN_PATH] : command.eventFiles;
    const events: InputEvent[] = [];
    for await (const event of readEventFiles(files, { skipInvalid: command.skipInvalid }, streams.stdin)) events.push(event);

    const result = target.query.run(events, { ...options, explain });
    return [{ test: undefined, explanation: result.explanation!, warnings: result.warnings }];
  }

  const tests = target.rule.tests.filter((test) => args.test === undefined || test.name === args.test);
  if (tests.length === 0) {
    const names = target.rule.tests.map((test) => `"${test.name}"`).join(", ");
    throw new ExplainUsageError(
      args.test === undefined ? `${target.rule.file} has no tests; give an EVENTS_FILE` : `${target.rule.file} has no test "${args.test}"; its tests: ${names || "none"}`,
    );
  }

  const cache = new DataCache();
  const sections: Section[] = [];
  for (const test of tests) {
    const input = await prepareInput(test, cache).catch((error: unknown) => {
      throw error instanceof InputError ? error : new InputError(test.name, undefined, (error as Error).message);
    });
    const result = target.query.run(input.events, { ...input.options, ...options, explain });
    sections.push({ test: test.name, explanation: result.explanation!, warnings: result.warnings });
  }
  return sections;
}

function writeSections(sections: readonly Section[], command: RunCommand, streams: CliStreams): void {
  if (command.format === "json") {
    const value = sections.length === 1 && sections[0]?.test === undefined ? sections[0]?.explanation : sections;
    streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  } else {
    const texts = sections.map((section) => (section.test === undefined ? "" : `Test "${section.test}":\n`) + formatExplanation(section.explanation));
    streams.stdout.write(`${texts.join("\n\n")}\n`);
  }

  for (const section of sections) {
    for (const warning of section.warnings) streams.stderr.write(`cql: warning: ${warning}\n`);
  }
}
