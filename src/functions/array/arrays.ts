/**
 * Arrays as LogScale stores them (syntax-array docs page): fields `name[0]`, `name[1]`, ...
 * Functions name an array as `name[]`; its elements run from index 0 up to the first missing
 * index. Object arrays hold fields under each element: `name[0].id`, `name[0].user.name`.
 */
import { z } from "zod";
import { cloneEvent, type Event } from "../../engine/event.js";
import { CollectingSink } from "../../engine/pipeline.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Expr, Pipeline } from "../../syntax/ast.js";
import type { CompileContext, CompiledPipeline, RunContext } from "../types.js";

/** An array argument such as `incidents[]`, read as the name its elements share (`incidents`). */
export const arrayName = () =>
  z
    .string({ error: "expected an array name such as \"incidents[]\"" })
    .refine((value) => value.endsWith("[]") && value.length > 2, { error: "an array name must end in [], e.g. \"incidents[]\"" })
    .transform((value) => value.slice(0, -2));

/** Reads the element values of an array, from index 0 to the first missing index. */
export function readElements(event: Event, base: string): string[] {
  const values: string[] = [];
  for (let index = 0; ; index += 1) {
    const value = event.get(`${base}[${index}]`);
    if (value === undefined) {
      return values;
    }
    values.push(value);
  }
}

/** Tells whether a field name belongs to element `index` of array `base` (or to any element). */
function elementIndexOf(name: string, base: string): number | undefined {
  if (!name.startsWith(`${base}[`)) {
    return undefined;
  }

  const close = name.indexOf("]", base.length + 1);
  const digits = name.slice(base.length + 1, close);
  const after = name[close + 1];
  if (close === -1 || !/^\d+$/.test(digits) || (after !== undefined && after !== "." && after !== "[")) {
    return undefined;
  }
  return Number(digits);
}

/** Removes every field of an array: `base[i]` and the fields nested under each element. */
export function removeElements(event: Event, base: string): void {
  for (const name of [...event.keys()]) {
    if (elementIndexOf(name, base) !== undefined) {
      event.delete(name);
    }
  }
}

/** Writes values as the elements of an array, replacing what was there. */
export function writeElements(event: Event, base: string, values: readonly string[]): void {
  removeElements(event, base);
  values.forEach((value, index) => event.set(`${base}[${index}]`, value));
}

/**
 * Reads the elements of an object array: for each index from 0 up to the first index without
 * any field, the element's fields by their name below the element (`""` for `base[i]` itself).
 */
export function readObjectElements(event: Event, base: string): Map<string, string>[] {
  const byIndex = new Map<number, Map<string, string>>();

  for (const [name, value] of event) {
    const index = elementIndexOf(name, base);
    if (index === undefined) {
      continue;
    }
    const suffix = name.slice(name.indexOf("]", base.length + 1) + 1);
    let fields = byIndex.get(index);
    if (fields === undefined) {
      fields = new Map();
      byIndex.set(index, fields);
    }
    fields.set(suffix, value);
  }

  const elements: Map<string, string>[] = [];
  for (let index = 0; byIndex.has(index); index += 1) {
    elements.push(byIndex.get(index) as Map<string, string>);
  }
  return elements;
}

/** A run context for pipelines that run inside one function call, whose warnings go nowhere else. */
const QUIET_RUN: RunContext = { warn() {} };

/**
 * Runs a compiled `{ ... }` pipeline over a copy of one event and returns what it emits.
 * Pure filters run as a predicate without copying.
 */
export function runOn(pipeline: CompiledPipeline): (event: Event, run?: RunContext) => Event[] {
  const predicate = pipeline.predicate;
  if (pipeline.pureFilter && predicate !== undefined) {
    return (event) => (predicate(event) ? [event] : []);
  }

  return (event, run) => {
    const sink = new CollectingSink();
    const instance = pipeline.factory(sink, run ?? QUIET_RUN);
    instance.push(cloneEvent(event));
    instance.end();
    return sink.events;
  };
}

/** Sets the variable an element is bound to: `var` for a value, `var.x` for an object's field x. */
export function bindElement(event: Event, variable: string, element: Map<string, string> | string): Event {
  const bound = cloneEvent(event);
  if (typeof element === "string") {
    bound.set(variable, element);
    return bound;
  }

  for (const [suffix, value] of element) {
    bound.set(variable + suffix, value);
  }
  return bound;
}

/**
 * Compiles a per-element argument: a `{ ... }` subquery, or a single filter call written without
 * braces, as in `condition=in(field=x, values=[a, b])`.
 */
export function compileElementPipeline(expr: Expr, parameter: string, ctx: CompileContext): CompiledPipeline {
  if (expr.kind === "Subquery") {
    return ctx.compilePipeline(expr.pipeline);
  }

  if (expr.kind === "Call") {
    const pipeline: Pipeline = { kind: "Pipeline", steps: [expr], span: expr.span };
    return ctx.compilePipeline(pipeline);
  }

  return ctx.error(
    `${parameter} must be a { ... } subquery or a function call, e.g. ${parameter}={ x > 3 } or ${parameter}=in(field=x, values=[a, b])`,
    ctx.argumentSpan(parameter),
    ErrorCodes.invalidArgument,
  );
}
