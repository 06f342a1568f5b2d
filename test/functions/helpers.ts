/** Shared helpers for engine and function tests: run a query over plain objects. */
import { compile, type InputEvent, type RunOptions } from "../../src/index.js";

/** Compiles `query`, runs it over `events` and returns the output events. */
export function runQuery(query: string, events: readonly InputEvent[], options: RunOptions = {}): Record<string, string>[] {
  return compile(query).run(events, options).events;
}

/** Runs `query` and returns the output events and warnings. */
export function runWithWarnings(query: string, events: readonly InputEvent[], options: RunOptions = {}) {
  return compile(query).run(events, options);
}

/** Returns the message of the error `work` throws, or fails when it throws none. */
export function errorOf(work: () => unknown): Error & { code?: string; line?: number; column?: number } {
  try {
    work();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error("expected an error, but none was thrown");
}
