/** callFunction(): runs avg, count, max, min, range or sum chosen by name, e.g. from a parameter. */
import { z } from "zod";
import type { FunctionDefinition } from "../types.js";
import { averageOf } from "./avg.js";
import { countOf } from "./count.js";
import { extremeOf } from "./extreme.js";
import { asParam, compiledRunning, numericFieldParam } from "./numericField.js";
import { rangeOf } from "./range.js";
import type { RunningFactory } from "./running.js";
import { sumOf } from "./sum.js";

const FUNCTIONS = ["avg", "count", "max", "min", "range", "sum"] as const;

type CalledFunction = (typeof FUNCTIONS)[number];

interface CallFunctionArgs {
  function: CalledFunction;
  field: string;
  as: string;
}

export const callFunction: FunctionDefinition<CallFunctionArgs> = {
  name: "callFunction",
  kind: "aggregate",
  docsPage: "functions-callfunction",
  summary: "Runs one of avg, count, max, min, range or sum, named by a value such as a dashboard parameter.",
  defaultParam: "function",
  params: {
    function: {
      type: "string",
      schema: z.enum(FUNCTIONS, { error: `expected one of ${FUNCTIONS.join(", ")}` }),
      description: "The function to run: avg, count, max, min, range or sum.",
    },
    field: numericFieldParam("The field the function reads."),
    as: asParam("_function"),
  },
  compile(args) {
    return compiledRunning(called(args.function, args.field, args.as), [args.field], [args.as]);
  },
};

/** Returns the named function's running form writing to `as`. Here count() counts the events that have the field. */
function called(name: CalledFunction, field: string, as: string): RunningFactory {
  switch (name) {
    case "avg":
      return averageOf(field, as);
    case "count":
      return countOf({ field, distinct: false, as });
    case "max":
    case "min":
      return extremeOf(field, as, name);
    case "range":
      return rangeOf(field, as);
    case "sum":
      return sumOf(field, as);
  }
}
