/**
 * selectFromMax() and selectFromMin(): the listed fields of the event with the largest or
 * smallest number in a field. The docs let LogScale pick any of several tied events; here the
 * first one seen wins. Events whose field is missing or not a number are skipped. There is no
 * row when no event is left or the selected event has none of the listed fields.
 */
import { fieldName, fieldNames } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import type { Extreme } from "./extreme.js";
import { compiledRunning, numberIn } from "./numericField.js";
import { withOptionalOutputs } from "./optionalOutputs.js";
import type { RunningFactory } from "./running.js";

export interface SelectFromArgs {
  field: string;
  include: string[];
}

/** Builds the definition of selectFromMax() or selectFromMin(). */
export function selectFromDefinition(extreme: Extreme): FunctionDefinition<SelectFromArgs> {
  const name = extreme === "max" ? "selectFromMax" : "selectFromMin";
  const word = extreme === "max" ? "largest" : "smallest";

  return {
    name,
    kind: "aggregate",
    docsPage: `functions-${name.toLowerCase()}`,
    summary: `Keeps the listed fields of the event with the ${word} number in a field.`,
    defaultParam: "field",
    params: {
      field: { type: "field", schema: fieldName(), description: `The field whose ${word} number selects the event.` },
      include: { type: "fields", schema: fieldNames(), description: "The fields of the selected event to output." },
    },
    compile(args) {
      const compiled = compiledRunning(selectFromOf(args.field, args.include, extreme), [args.field, ...args.include], args.include);
      return { ...compiled, stage: withOptionalOutputs(compiled.stage) };
    },
  };
}

export function selectFromOf(field: string, include: readonly string[], extreme: Extreme): RunningFactory {
  const better = extreme === "max" ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;

  return () => {
    let best: number | undefined;
    let row: Map<string, string> | undefined;

    return {
      add(event) {
        const value = numberIn(event, field);
        if (value === null || (best !== undefined && !better(value, best))) {
          return;
        }

        best = value;
        row = new Map();
        for (const name of include) {
          const text = event.get(name);
          if (text !== undefined) {
            row.set(name, text);
          }
        }
      },
      result() {
        return row === undefined || row.size === 0 ? undefined : new Map(row);
      },
    };
  };
}
