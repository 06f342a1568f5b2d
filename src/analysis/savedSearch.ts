/**
 * Saved searches: `$name(arg=value)` runs the query text the caller supplied under that name in
 * the `savedSearches` option, with each argument as the value of the saved query's `?arg`
 * parameter (docs page syntax-function).
 */
import type { Call, Query } from "../syntax/ast.js";
import { readText, type ParameterResolver } from "./arguments.js";

/** A saved-search call after analysis: what it runs and with which parameter values. */
export interface SavedSearchUse {
  name: string;
  /** The saved query's text, which errors inside it point into. */
  source: string;
  query: Query;
  /** The call's arguments, by parameter name. */
  parameters: Record<string, string>;
}

/** Finds a saved search's text by exact name, or else by name without regard to case. */
export function findSavedSearch(searches: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  if (searches === undefined) {
    return undefined;
  }

  if (Object.hasOwn(searches, name)) {
    return searches[name];
  }

  const lower = name.toLowerCase();
  const match = Object.keys(searches).find((key) => key.toLowerCase() === lower);
  return match === undefined ? undefined : searches[match];
}

/**
 * Reads the arguments of a saved-search call as parameter values.
 * @throws ArgumentProblem for an unnamed argument or a value that is not a single word or string.
 */
export function savedSearchParameters(call: Call, resolve: ParameterResolver, unnamed: (span: Call["span"]) => never): Record<string, string> {
  const parameters: Record<string, string> = Object.create(null) as Record<string, string>;

  for (const arg of call.args) {
    if (arg.name === undefined) {
      unnamed(arg.span);
    }
    parameters[arg.name] = readText(arg.value, resolve);
  }

  return parameters;
}

/** Resolves `?name` from a saved-search call's arguments first, then as the enclosing query does. */
export function savedSearchResolver(parameters: Readonly<Record<string, string>>, outer: ParameterResolver): ParameterResolver {
  return (ref) => (Object.hasOwn(parameters, ref.name) ? (parameters[ref.name] as string) : outer(ref));
}
