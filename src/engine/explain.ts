/**
 * Explained runs: the query runs with a probe around every top-level step (stage). The probes
 * count the events in and out. They also follow one chosen input event, and every row made from
 * it, to the output or to the stage that dropped it, and name the condition that failed there.
 *
 * Each stage is compiled on its own with the ordinary compiler, so an explained run computes
 * what an ordinary run computes; only the joining of neighbouring filters into one stage, which
 * changes no result, is left out.
 */
import type { Analysis } from "../analysis/analyze.js";
import { parameterResolver } from "../analysis/arguments.js";
import { readBoundArguments } from "../analysis/analyze.js";
import type { CompiledPipeline, RunOptions, Sink, StageFactory } from "../functions/types.js";
import type { Call, Pipeline, Step } from "../syntax/ast.js";
import { compilePlan } from "./compile.js";
import { rememberOriginal, type Event } from "./event.js";
import { WarningCollector } from "./pipeline.js";
import { queryInputRecorder } from "./queryInput.js";

/** The input event to follow: its index (0 is the first), or the first one a test accepts. */
export type EventChooser = number | ((input: unknown, index: number) => boolean);

/** One top-level step of the query, with the events that went in and came out. */
export interface StageReport {
  /** 1-based position in the pipeline. */
  stage: number;
  /** The function name, or the kind of step: filter, assignment, case, match. */
  name: string;
  /** The step's text on one line, cut when long. */
  text: string;
  /** 1-based line of the step in the query. */
  line: number;
  in: number;
  out: number;
}

/** The fate of the followed event (or a row made from it) in one part of a stage. */
export interface TraceStep {
  stage: number;
  /** The part of the stage: the step, or one operand of a top-level `and`, as a short label. */
  part: string;
  result: "passed" | "aggregated" | "dropped";
  /** Fields the part set, the row the event went into, or why it was dropped. */
  detail: string;
}

export interface EventTrace {
  /** Index of the followed input event (0 is the first). */
  input: number;
  /** requested: the caller chose it; furthest: the output was empty and it got furthest. */
  chosen: "requested" | "furthest";
  /** A short description of the input event. */
  description: string;
  /** output: it (or a row made from it) reached the output; dropped: no part of it did. */
  outcome: "output" | "dropped";
  /** For a drop: the stage that dropped the last part of it, and why. */
  droppedAt: { stage: number; name: string; reason: string } | undefined;
  /** Indexes of the output events it reached or contributed to. */
  outputRows: number[];
  steps: TraceStep[];
}

export interface Explanation {
  stages: StageReport[];
  /** Absent when no event was chosen, or the chooser matched none. */
  trace: EventTrace | undefined;
  /** Set when an event was asked for but none matched. */
  traceProblem: string | undefined;
}

export interface ExplainOptions {
  /**
   * The input event to follow. Without it, and when the output is empty, the run follows the
   * first event that got furthest through the pipeline, to show where the query lost it.
   */
  event?: EventChooser;
}

export interface ExplainedRun {
  output: Event[];
  warnings: string[];
  explanation: Explanation;
}

/** Values longer than this are cut in notes. */
const MAX_NOTE_VALUE = 60;
/** Fields named in a drop reason at most. */
const MAX_REASON_FIELDS = 4;

/**
 * Runs a query with probes. `toEvent` builds the engine event of an input item the way an
 * ordinary run does. Without a chosen event and with an empty output, the input is run a second
 * time to follow the event that got furthest.
 * @throws CqlQueryError when the query cannot be compiled with these options.
 */
export function explainRun(
  analysis: Analysis,
  options: RunOptions,
  items: readonly unknown[],
  toEvent: (item: unknown) => Event,
  request: ExplainOptions = {},
): ExplainedRun {
  const first = probedRun(analysis, options, items, toEvent, request.event);
  if (request.event !== undefined || first.run.output.length > 0 || first.furthest === undefined) return first.run;

  const second = probedRun(analysis, options, items, toEvent, first.furthest);
  const trace = second.run.explanation.trace;
  if (trace !== undefined) trace.chosen = "furthest";
  return second.run;
}

function probedRun(
  analysis: Analysis,
  options: RunOptions,
  items: readonly unknown[],
  toEvent: (item: unknown) => Event,
  chooser: EventChooser | undefined,
): { run: ExplainedRun; furthest: number | undefined } {
  const plan = compilePlan(analysis, options);
  const stages = analysis.query.pipeline.steps.map((step, index) => compileStage(analysis, options, step, index + 1));
  const tracer = new Tracer();
  const warnings = new WarningCollector();
  for (const message of plan.warnings) warnings.warn(message);

  const output: Event[] = [];
  const last: Sink = {
    push(event) {
      if (tracer.traced.has(event)) tracer.outputRows.push(output.length);
      output.push(event);
    },
    end() {},
  };

  let sink = last;
  for (const stage of [...stages].reverse()) sink = stageFactory(stage, tracer)(sink, warnings);
  const recordInput = queryInputRecorder(warnings);

  let chosen: number | undefined;
  items.forEach((item, index) => {
    const event = toEvent(item);
    if (plan.needsOriginal) rememberOriginal(event);
    recordInput?.(event);
    tracer.origins.set(event, index);
    if (chosen === undefined && isChosen(chooser, item, index)) {
      chosen = index;
      tracer.traced.add(event);
      tracer.description = describeInput(event);
    }
    sink.push(event);
  });
  sink.end();

  const reports = stages.map(({ report }) => report);
  const furthest = [...stages].reverse().find((stage) => stage.firstOrigin !== undefined)?.firstOrigin;
  const traceProblem = chosen === undefined && chooser !== undefined ? describeMissingChoice(chooser, items.length) : undefined;
  const trace = chosen === undefined ? undefined : tracer.result(chosen);
  return { run: { output, warnings: warnings.warnings, explanation: { stages: reports, trace, traceProblem } }, furthest };
}

function isChosen(chooser: EventChooser | undefined, item: unknown, index: number): boolean {
  if (chooser === undefined) return false;
  return typeof chooser === "number" ? chooser === index : chooser(item, index);
}

function describeMissingChoice(chooser: EventChooser, count: number): string {
  if (typeof chooser === "number") return `there is no input event ${chooser + 1}: the input holds ${count}`;
  return `no input event matches the chosen filter (${count} events read)`;
}

// ---------------------------------------------------------------------------------------------
// Compiling stages

/** A stage: one top-level step, made of parts (the operands of a top-level `and`, or the step). */
interface Stage {
  report: StageReport;
  parts: Part[];
  /** The input index of the first input event (not a row made by an aggregate) that reached the stage. */
  firstOrigin: number | undefined;
}

interface Part {
  node: Step;
  text: string;
  /** A short name for trace steps: `selfJoinFilter()`, `falconPID := ...`, or the text. */
  label: string;
  pipeline: CompiledPipeline;
  /**
   * True when the part may keep events and emit rows at the end of the input (an aggregate,
   * or a stage that retains events), so an event it takes without output is not yet dropped.
   */
  holds: boolean;
  /** groupBy() key fields, which identify the row an event went into. */
  keyFields: string[] | undefined;
  /** Sees every event that enters the part (selfJoinFilter() bookkeeping). */
  observe: ((event: Event) => void) | undefined;
  /** The reason the part dropped an event, given the event as it entered the part. */
  diagnose: (event: Event) => string;
}

function compileStage(analysis: Analysis, options: RunOptions, step: Step, stage: number): Stage {
  const nodes: Step[] = step.kind === "And" ? step.operands : [step];
  const parts = nodes.map((node) => compilePart(analysis, options, node));

  return {
    report: { stage, name: stepName(step), text: sourceText(analysis.source, step), line: step.span.line, in: 0, out: 0 },
    parts,
    firstOrigin: undefined,
  };
}

/** Compiles one step on its own: the same analysis, with a pipeline of just that step. */
function compileSteps(analysis: Analysis, options: RunOptions, pipeline: Pipeline): CompiledPipeline {
  const query = { ...analysis.query, pipeline };
  return compilePlan({ ...analysis, query }, options).pipeline;
}

function compilePart(analysis: Analysis, options: RunOptions, node: Step): Part {
  const pipeline = compileSteps(analysis, options, { kind: "Pipeline", steps: [node], span: node.span });
  const text = sourceText(analysis.source, node);
  const part: Part = {
    node,
    text,
    label: partLabel(node, text),
    pipeline,
    holds: pipeline.effects.retains || isAggregate(analysis, node),
    keyFields: undefined,
    observe: undefined,
    diagnose: (event) => genericReason(text, pipeline, event),
  };
  if (part.holds) part.diagnose = () => `${text} made no row from the event`;

  const call = node.kind === "Call" ? node : undefined;
  const name = call?.name.toLowerCase();
  if (call !== undefined && name === "selfjoinfilter") {
    attachSelfJoinFilter(part, analysis, options, call);
  } else if (call !== undefined && name === "groupby") {
    const keys = argumentsOf(analysis, options, call)?.field;
    if (Array.isArray(keys)) {
      part.keyFields = keys as string[];
      part.diagnose = (event) => groupReason(keys as string[], event, text);
    }
  } else if (node.kind === "Case") {
    part.diagnose = () => "no branch of the case statement kept the event";
  } else if (node.kind === "Match") {
    part.diagnose = (event) => `no arm of the match statement kept the event (${node.field.name}${showField(event, node.field.name)})`;
  }

  return part;
}

/** Aggregates read their input before they emit; LogScale's function index gives the kind. */
function isAggregate(analysis: Analysis, node: Step): boolean {
  if (node.kind === "StatsArray") return true;

  let call: Call | undefined;
  if (node.kind === "Call") call = node;
  else if (node.kind === "Assign" && node.value.kind === "Call") call = node.value;

  return call !== undefined && analysis.calls.get(call)?.definition.kind === "aggregate";
}

function argumentsOf(analysis: Analysis, options: RunOptions, call: Call): Record<string, unknown> | undefined {
  const bound = analysis.calls.get(call);
  if (bound === undefined) return undefined;
  return bound.args ?? readBoundArguments(bound, parameterResolver(options.parameters));
}

/**
 * selfJoinFilter() keeps an event when events with its key satisfy every where clause. The part
 * records, per key, which clauses some event satisfied, so a drop can name the missing side.
 */
function attachSelfJoinFilter(part: Part, analysis: Analysis, options: RunOptions, call: Call): void {
  const args = argumentsOf(analysis, options, call);
  const fields = args?.field as string[] | undefined;
  const where = args?.where as Pipeline[] | undefined;
  if (fields === undefined || where === undefined) return;

  const clauses = where.map((clause) => ({ test: compileSteps(analysis, options, clause).predicate, label: clauseLabel(analysis.source, clause) }));
  const satisfied = new Map<string, Set<number>>();

  part.observe = (event) => {
    const key = keyOf(event, fields);
    if (key === undefined) return;

    const seen = satisfied.get(key) ?? new Set<number>();
    clauses.forEach((clause, index) => {
      if (clause.test?.(event) === true) seen.add(index);
    });
    satisfied.set(key, seen);
  };

  part.diagnose = (event) => {
    const missingField = fields.find((field) => !event.has(field));
    if (missingField !== undefined) return `the event has no ${missingField}, so it has no key to join on`;

    const key = keyOf(event, fields) as string;
    const seen = satisfied.get(key) ?? new Set<number>();
    const keyText = fields.map((field) => `${field}=${cut(event.get(field) as string)}`).join(", ");
    const missing = clauses.filter((_, index) => !seen.has(index)).map((clause) => clause.label);
    if (missing.length > 0) return `no ${missing.join(" and no ")} with ${keyText}`;

    return `prefilter=true and the event itself matches no where clause (${keyText})`;
  };
}

/** `{#event_simpleName=ProcessRollup2}` reads as "ProcessRollup2 event"; other clauses as text. */
function clauseLabel(source: string, clause: Pipeline): string {
  const [only, ...rest] = clause.steps;
  const isTypeTest =
    rest.length === 0 &&
    only?.kind === "FieldTest" &&
    only.op === "=" &&
    only.value.kind === "Pattern" &&
    !only.value.text.includes("*") &&
    /^#?event_simpleName$/.test(only.field.name);

  if (isTypeTest) return `${(only.value as { text: string }).text} event`;
  return `event matching {${sourceText(source, clause)}}`;
}

function keyOf(event: Event, fields: readonly string[]): string | undefined {
  const values: string[] = [];
  for (const field of fields) {
    const value = event.get(field);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return JSON.stringify(values);
}

function groupReason(keys: readonly string[], event: Event, text: string): string {
  const missing = keys.filter((field) => !event.has(field));
  if (missing.length > 0) return `the event has no ${missing.join(", ")}, so ${text.split("(")[0]}() puts it in no group`;
  return `${text} made no row from the event (its group limit may have been reached)`;
}

/** Describes a filter that dropped an event: "<step> is false for this event (field=value, other is missing)". */
function genericReason(text: string, pipeline: CompiledPipeline, event: Event): string {
  const fields = pipeline.reads === "all" ? [] : [...pipeline.reads].slice(0, MAX_REASON_FIELDS);
  const values = fields.map((field) => (event.has(field) ? `${field}=${JSON.stringify(cut(event.get(field) as string))}` : `${field} is missing`));
  const verdict = `${text} is false for this event`;
  return values.length === 0 ? verdict : `${verdict} (${values.join(", ")})`;
}

function partLabel(node: Step, text: string): string {
  if (node.kind === "Call") return text.length <= 40 ? text : `${node.name}()`;
  if (node.kind === "Assign" && node.value.kind === "Call") return `${node.target.name} := ${node.value.name}()`;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function stepName(step: Step): string {
  switch (step.kind) {
    case "Call":
      return step.name;
    case "FieldCall":
      return step.call.name;
    case "Assign":
      return step.value.kind === "Call" ? step.value.name : "assignment";
    case "Case":
      return "case";
    case "Match":
      return "match";
    case "StatsArray":
      return "stats";
    default:
      return "filter";
  }
}

// ---------------------------------------------------------------------------------------------
// Running stages

/** The followed event's descendants and what happened to them. */
class Tracer {
  readonly traced = new Set<Event>();
  /** The input index of each input event, while it is the same object. */
  readonly origins = new WeakMap<Event, number>();
  readonly steps: TraceStep[] = [];
  readonly outputRows: number[] = [];
  readonly drops: { stage: number; name: string; reason: string }[] = [];
  description = "";

  note(stage: number, part: string, result: TraceStep["result"], detail: string): void {
    this.steps.push({ stage, part, result, detail });
  }

  drop(stage: StageReport, part: string, reason: string): void {
    this.drops.push({ stage: stage.stage, name: stage.name, reason });
    this.note(stage.stage, part, "dropped", reason);
  }

  result(input: number): EventTrace {
    const outcome = this.outputRows.length > 0 ? "output" : "dropped";
    return {
      input,
      chosen: "requested",
      description: this.description,
      outcome,
      droppedAt: outcome === "dropped" ? this.drops[this.drops.length - 1] : undefined,
      outputRows: this.outputRows,
      steps: this.steps,
    };
  }
}

function stageFactory(stage: Stage, tracer: Tracer): StageFactory {
  return (next, run) => {
    const counted: Sink = {
      push(event) {
        stage.report.out += 1;
        next.push(event);
      },
      end() {
        next.end();
      },
    };

    let sink = counted;
    for (const part of [...stage.parts].reverse()) sink = partSink(stage.report, part, tracer, sink, run);

    return {
      push(event) {
        stage.report.in += 1;
        stage.firstOrigin ??= tracer.origins.get(event);
        sink.push(event);
      },
      end() {
        sink.end();
      },
    };
  };
}

/**
 * Wraps one part. Rows the part emits while it handles a followed event are followed too. A row
 * it emits at the end of the input is followed when it is a followed event itself (sort,
 * selfJoinFilter), the group of one (groupBy), or, for other aggregates, when it agrees with
 * one on every field they share. A followed event that yields nothing is dropped there.
 */
function partSink(stage: StageReport, part: Part, tracer: Tracer, next: Sink, run: Parameters<StageFactory>[1]): Sink {
  let handlingFollowed = false;
  let emitted = 0;
  let entered: Event = new Map();
  const held = new Map<Event, Event>();
  const resolved = new Set<Event>();

  const output: Sink = {
    push(event) {
      if (handlingFollowed) {
        emitted += 1;
        tracer.traced.add(event);
        // Noted before the event moves on, so the notes of later stages come after this one.
        if (emitted === 1) tracer.note(stage.stage, part.label, "passed", describeChanges(entered, event));
      } else if (held.size > 0) {
        followFromHeld(event);
      }
      next.push(event);
    },
    end() {
      for (const [event, snapshot] of held) {
        if (!resolved.has(event)) tracer.drop(stage, part.label, part.diagnose(snapshot));
      }
      held.clear();
      next.end();
    },
  };

  const followFromHeld = (row: Event): void => {
    if (held.has(row)) {
      resolved.add(row);
      tracer.note(stage.stage, part.label, "passed", "at the end of the input");
      return;
    }

    for (const [event, snapshot] of held) {
      if (part.keyFields !== undefined ? sameKey(part.keyFields, snapshot, row) : agrees(snapshot, row)) {
        resolved.add(event);
        tracer.traced.add(row);
        tracer.note(stage.stage, part.label, "aggregated", `into the row ${describeRow(row, part.keyFields)}`);
        return;
      }
    }
  };

  const inner = part.pipeline.factory(output, run);

  return {
    push(event) {
      part.observe?.(event);
      if (!tracer.traced.has(event)) {
        inner.push(event);
        return;
      }

      const snapshot = new Map(event);
      entered = snapshot;
      handlingFollowed = true;
      emitted = 0;
      inner.push(event);
      handlingFollowed = false;

      if (emitted > 1) {
        tracer.note(stage.stage, part.label, "passed", `as ${emitted} events`);
      } else if (emitted === 1) {
        return;
      } else if (part.holds) {
        held.set(event, snapshot);
      } else {
        tracer.drop(stage, part.label, part.diagnose(snapshot));
      }
    },
    end() {
      inner.end();
    },
  };
}

function sameKey(fields: readonly string[], event: Event, row: Event): boolean {
  return fields.every((field) => event.has(field) && event.get(field) === row.get(field));
}

/** Tells whether a row made by an aggregate agrees with an event: every field they share has one value. */
function agrees(event: Event, row: Event): boolean {
  for (const [field, value] of row) {
    if (event.has(field) && event.get(field) !== value) return false;
  }
  return true;
}

/** Describes the fields a step set or changed on the followed event: `set falconPID="43..."`, or "". */
function describeChanges(before: Event, after: Event): string {
  const changes: string[] = [];
  for (const [field, value] of after) {
    if (before.get(field) !== value) changes.push(`${field}=${JSON.stringify(cut(value))}`);
  }
  if (changes.length === 0) return "";

  const shown = changes.slice(0, MAX_REASON_FIELDS).join(", ");
  return `set ${shown}${changes.length > MAX_REASON_FIELDS ? ", ..." : ""}`;
}

function describeRow(row: Event, keys: readonly string[] | undefined): string {
  const fields = keys ?? [...row.keys()].slice(0, MAX_REASON_FIELDS);
  return fields.map((field) => `${field}=${JSON.stringify(cut(row.get(field) ?? ""))}`).join(", ");
}

function describeInput(event: Event): string {
  const type = event.get("#event_simpleName") ?? event.get("event_simpleName");
  const fields = [...event.keys()].filter((field) => !/^[@#]|^event_simpleName$|^event_platform$/.test(field)).slice(0, 3);
  const shown = fields.map((field) => `${field}=${JSON.stringify(cut(event.get(field) as string))}`).join(", ");
  return type === undefined ? shown : `${type}, ${shown}`;
}

function showField(event: Event, field: string): string {
  const value = event.get(field);
  return value === undefined ? " is missing" : `=${JSON.stringify(cut(value))}`;
}

function cut(value: string): string {
  return value.length > MAX_NOTE_VALUE ? `${value.slice(0, MAX_NOTE_VALUE - 3)}...` : value;
}

function sourceText(source: string, node: { span: { offset: number; end: number } }): string {
  const text = source.slice(node.span.offset, node.span.end).replace(/\s+/g, " ").trim();
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}
