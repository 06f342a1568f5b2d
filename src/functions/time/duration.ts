/** duration(): a relative-time duration such as 14d, in milliseconds. */
import { ErrorCodes } from "../../errors/index.js";
import { outputField, text } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { DURATION_UNITS, parseDuration } from "./relativeTime.js";

interface DurationArgs {
  duration: string;
  as: string;
}

export const duration: FunctionDefinition<DurationArgs> = {
  name: "duration",
  kind: "transformation",
  docsPage: "functions-duration",
  summary: "Writes the length of a relative-time duration such as 14d or 2h in milliseconds.",
  defaultParam: "duration",
  params: {
    duration: { type: "string", schema: text(), description: "The duration, a number and a unit such as 30s, 5m, 2h or 14d." },
    as: { type: "field", schema: outputField("_duration"), description: "The output field." },
  },
  compile(args, ctx) {
    const millis = parseDuration(args.duration);
    if (millis === null) {
      ctx.error(
        `invalid duration ${JSON.stringify(args.duration)}: write a number and a unit, e.g. 14d; units are ${DURATION_UNITS}`,
        ctx.argumentSpan("duration"),
        ErrorCodes.invalidArgument,
      );
    }

    return { ...valueFunction(args.as, new Set(), () => millis), reads: new Set() };
  },
};
