/**
 * correlate(): finds constellations, groups of events with one event per named query, whose
 * fields agree where the queries link them with `field <=> query.field` (docs page
 * functions-correlate):
 *
 *   correlate(
 *     login: { #event=login } include: [user, ip],
 *     fail: { #event=fail | user <=> login.user } include: [reason],
 *     within=1h, sequence=true)
 *
 * emits one event per constellation with the included fields of each query's event, named
 * `query.field` (`login.user`, `fail.reason`).
 */
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { parseNumber } from "../../engine/values.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Arg, FilterNode, Link, NamedQuery, Pipeline, Step } from "../../syntax/ast.js";
import { readArgument } from "../../analysis/arguments.js";
import { DURATION_UNITS, parseDuration } from "../time/relativeTime.js";
import type { CompiledPipeline, CompileContext, FunctionDefinition, RunContext, StageFactory } from "../types.js";
import { prepareSubqueryInput, runSubquery, subqueryInput } from "./subquery.js";

interface CorrelateArgs {
  arguments: Arg[];
}

/** The maximum number of constellations kept per event of the first query when maxPerRoot is not given. */
const DEFAULT_MAX_PER_ROOT = 1;

/** The maximum number of candidate events tried before the search stops with a warning. */
const DEFAULT_ITERATION_LIMIT = 1_000_000;

const OPTION_NAMES = ["within", "sequence", "globalConstraints", "maxPerRoot", "jitterTolerance", "iterationLimit", "root", "includeMatchesOnceOnly"];

export const correlate: FunctionDefinition<CorrelateArgs> = {
  name: "correlate",
  kind: "aggregate",
  docsPage: "functions-correlate",
  summary: "Finds groups of events, one per named query, whose fields agree where the queries link them (field <=> query.field).",
  params: {},
  rawArguments: true,
  compile(args, ctx) {
    const queries: CorrelateQuery[] = [];
    const options = new Map<string, Arg>();

    for (const arg of args.arguments) {
      if (arg.value.kind === "NamedQuery") {
        queries.push(compileQuery(arg.value, ctx));
      } else if (arg.name !== undefined && OPTION_NAMES.includes(arg.name)) {
        options.set(arg.name, arg);
      } else {
        ctx.error(
          `unexpected argument in correlate(): give named queries such as login: { ... } and the options ${OPTION_NAMES.join(", ")}`,
          arg.span,
          ErrorCodes.unknownArgument,
        );
      }
    }

    if (queries.length === 0) {
      ctx.error("correlate() needs at least one named query, e.g. correlate(login: { #event=login }, within=1h)", ctx.call.span, ErrorCodes.missingArgument);
    }
    checkLinks(queries, ctx);
    for (const name of ["root", "includeMatchesOnceOnly"]) {
      if (options.has(name)) {
        // NOTE: the search always starts from the first query and lets an event join several constellations.
        ctx.warn(`correlate(${name}=...) is not supported yet and was ignored`);
      }
    }

    const spec: CorrelateSpec = {
      queries,
      within: durationOption(options.get("within"), ctx),
      jitter: durationOption(options.get("jitterTolerance"), ctx) ?? 0,
      sequence: booleanOption(options.get("sequence"), ctx) ?? false,
      globalConstraints: fieldsOption(options.get("globalConstraints"), ctx),
      maxPerRoot: numberOption(options.get("maxPerRoot"), ctx) ?? DEFAULT_MAX_PER_ROOT,
      iterationLimit: numberOption(options.get("iterationLimit"), ctx) ?? DEFAULT_ITERATION_LIMIT,
    };

    return { stage: correlateStage(spec), effects: { modifies: true, drops: true, retains: true } };
  },
};

interface CorrelateQuery {
  name: string;
  pipeline: CompiledPipeline;
  /** The fields copied to the output; every field when undefined. */
  include: string[] | undefined;
  links: { field: string; query: string; otherField: string; link: Link }[];
}

interface CorrelateSpec {
  queries: CorrelateQuery[];
  within: number | undefined;
  jitter: number;
  sequence: boolean;
  globalConstraints: string[];
  maxPerRoot: number;
  iterationLimit: number;
}

/** Compiles a named query; its `<=>` links become constraints instead of filter steps. */
function compileQuery(query: NamedQuery, ctx: CompileContext): CorrelateQuery {
  const links: CorrelateQuery["links"] = [];
  const steps = query.pipeline.steps.flatMap((step) => withoutLinks(step, links));
  const pipeline: Pipeline = { ...query.pipeline, steps };

  let include: string[] | undefined;
  for (const option of query.options) {
    if (option.name !== "include") {
      ctx.error(`unknown option ${option.name ?? "(unnamed)"} for query ${query.name}: only include: [fields] is allowed`, option.span, ErrorCodes.unknownArgument);
    }
    include = readStrings(option, ctx);
  }

  return { name: query.name, pipeline: ctx.compilePipeline(pipeline), include, links };
}

function withoutLinks(step: Step, links: CorrelateQuery["links"]): Step[] {
  if (step.kind === "Link") {
    links.push(linkOf(step));
    return [];
  }

  if (step.kind === "And") {
    const operands: FilterNode[] = [];
    for (const operand of step.operands) {
      if (operand.kind === "Link") {
        links.push(linkOf(operand));
      } else {
        operands.push(operand);
      }
    }
    return operands.length === 0 ? [] : [{ ...step, operands }];
  }

  return [step];
}

function linkOf(link: Link): CorrelateQuery["links"][number] {
  const dot = link.other.name.indexOf(".");
  return { field: link.field.name, query: link.other.name.slice(0, dot), otherField: link.other.name.slice(dot + 1), link };
}

function checkLinks(queries: readonly CorrelateQuery[], ctx: CompileContext): void {
  const names = new Set(queries.map((query) => query.name));
  for (const query of queries) {
    for (const { query: other, link } of query.links) {
      if (!names.has(other) || other === query.name) {
        ctx.error(`${link.other.name} does not name another query of this correlate(); its queries are ${[...names].join(", ")}`, link.other.span, ErrorCodes.invalidArgument);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Options

function durationOption(arg: Arg | undefined, ctx: CompileContext): number | undefined {
  if (arg === undefined) {
    return undefined;
  }
  const text = readString(arg, ctx);
  const milliseconds = parseDuration(text);
  if (milliseconds === null || milliseconds < 0) {
    return ctx.error(`invalid ${arg.name} ${JSON.stringify(text)}: write a number and a unit, e.g. 1h; units are ${DURATION_UNITS}`, arg.span, ErrorCodes.invalidArgument);
  }
  return milliseconds;
}

function booleanOption(arg: Arg | undefined, ctx: CompileContext): boolean | undefined {
  if (arg === undefined) {
    return undefined;
  }
  const text = readString(arg, ctx);
  if (text !== "true" && text !== "false") {
    return ctx.error(`invalid ${arg.name} ${JSON.stringify(text)}: expected true or false`, arg.span, ErrorCodes.invalidArgument);
  }
  return text === "true";
}

function numberOption(arg: Arg | undefined, ctx: CompileContext): number | undefined {
  if (arg === undefined) {
    return undefined;
  }
  const parsed = z.coerce.number().int().min(1).safeParse(readString(arg, ctx));
  if (!parsed.success) {
    return ctx.error(`invalid ${arg.name}: expected a whole number of at least 1`, arg.span, ErrorCodes.invalidArgument);
  }
  return parsed.data;
}

function fieldsOption(arg: Arg | undefined, ctx: CompileContext): string[] {
  return arg === undefined ? [] : readStrings(arg, ctx);
}

function readString(arg: Arg, ctx: CompileContext): string {
  return readValue(arg, "string", ctx) as string;
}

function readStrings(arg: Arg, ctx: CompileContext): string[] {
  return readValue(arg, "strings", ctx) as string[];
}

function readValue(arg: Arg, type: "string" | "strings", ctx: CompileContext): unknown {
  try {
    return readArgument(type, arg.value, () => ctx.error("query parameters are not supported in correlate() options", arg.span, ErrorCodes.invalidArgument));
  } catch (error) {
    if (error instanceof Error && "span" in error) {
      return ctx.error(error.message, arg.span, ErrorCodes.invalidArgument);
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Finding constellations

/**
 * Runs every named query over the query's input, then searches the constellations: queries are
 * assigned in the order written, each event of the first query (the root) in input order, and
 * each later query gets the first events that keep every link, the global constraints, `within`
 * and, with sequence=true, the time order. At most maxPerRoot constellations are kept per root.
 */
function correlateStage(spec: CorrelateSpec): StageFactory {
  return (next, run) => {
    prepareSubqueryInput(run);
    const held: Event[] = [];

    return {
      push(event) {
        held.push(event);
      },
      end() {
        const input = subqueryInput(run, held);
        const matches = spec.queries.map((query) => runSubquery(query.pipeline, input, run));
        for (const constellation of findConstellations(spec, matches, run)) {
          next.push(outputOf(spec, constellation));
        }
        held.length = 0;
        next.end();
      },
    };
  };
}

function findConstellations(spec: CorrelateSpec, matches: readonly Event[][], run: RunContext): Event[][] {
  const found: Event[][] = [];
  const chosen: Event[] = [];
  const times = matches.map((events) => events.map(timeOf));
  let iterations = 0;
  let perRoot = 0;

  const consistent = (index: number, event: Event, time: number): boolean => {
    if (!linksHold(spec, index, event, chosen)) {
      return false;
    }
    if (spec.sequence && index > 0 && time + spec.jitter < timeOf(chosen[index - 1] as Event)) {
      return false;
    }
    if (spec.within !== undefined) {
      const all = [...chosen.map(timeOf), time];
      return Math.max(...all) - Math.min(...all) <= spec.within;
    }
    return true;
  };

  const search = (index: number): boolean => {
    if (index === spec.queries.length) {
      found.push([...chosen]);
      perRoot += 1;
      return perRoot >= spec.maxPerRoot;
    }

    const events = matches[index] as Event[];
    for (let position = 0; position < events.length; position += 1) {
      iterations += 1;
      if (iterations > spec.iterationLimit) {
        return true;
      }

      const event = events[position] as Event;
      if (consistent(index, event, (times[index] as number[])[position] as number)) {
        chosen.push(event);
        const done = search(index + 1);
        chosen.pop();
        if (done) {
          return true;
        }
      }
    }
    return false;
  };

  for (const root of matches[0] ?? []) {
    perRoot = 0;
    chosen.push(root);
    search(1);
    chosen.pop();
    if (iterations > spec.iterationLimit) {
      run.warn(`correlate() stopped after ${spec.iterationLimit} candidate events; raise iterationLimit= or narrow the queries, since the result may be incomplete`);
      break;
    }
  }
  return found;
}

/** Checks the links between the event for query `index` and the events already chosen. */
function linksHold(spec: CorrelateSpec, index: number, event: Event, chosen: readonly Event[]): boolean {
  const query = spec.queries[index] as CorrelateQuery;

  for (const field of spec.globalConstraints) {
    const value = event.get(field);
    if (value === undefined || chosen.some((other) => other.get(field) !== value)) {
      return false;
    }
  }

  for (const link of query.links) {
    const otherIndex = spec.queries.findIndex((candidate) => candidate.name === link.query);
    const other = otherIndex < index ? chosen[otherIndex] : undefined;
    if (other !== undefined && !sameValue(event.get(link.field), other.get(link.otherField))) {
      return false;
    }
  }

  // Links written in an earlier query that point at this one are checked now.
  for (let earlier = 0; earlier < index; earlier += 1) {
    for (const link of (spec.queries[earlier] as CorrelateQuery).links) {
      if (link.query === query.name && !sameValue((chosen[earlier] as Event).get(link.field), event.get(link.otherField))) {
        return false;
      }
    }
  }
  return true;
}

function sameValue(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && a === b;
}

function timeOf(event: Event): number {
  return parseNumber(event.get("@timestamp") ?? "") ?? 0;
}

function outputOf(spec: CorrelateSpec, constellation: readonly Event[]): Event {
  const output: Event = new Map();

  spec.queries.forEach((query, index) => {
    const event = constellation[index] as Event;
    const fields = query.include ?? [...event.keys()];
    for (const field of fields) {
      const value = event.get(field);
      if (value !== undefined) {
        output.set(`${query.name}.${field}`, value);
      }
    }
  });
  return output;
}
