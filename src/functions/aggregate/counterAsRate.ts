/** counterAsRate(): how fast a counter field grows, per second. */
import { formatNumber, parseNumber } from "../../engine/values.js";
import type { FunctionDefinition } from "../types.js";
import { asParam, compiledRunning, numberIn, numericFieldParam } from "./numericField.js";
import type { RunningFactory } from "./running.js";

interface CounterAsRateArgs {
  field: string;
  as: string;
}

export const counterAsRate: FunctionDefinition<CounterAsRateArgs> = {
  name: "counterAsRate",
  kind: "aggregate",
  docsPage: "functions-counterasrate",
  summary: "Computes the rate per second at which a monotonically increasing counter field grows.",
  defaultParam: "field",
  params: {
    field: numericFieldParam("The counter field; its values must not decrease over time."),
    as: asParam("_rate"),
  },
  compile(args) {
    return compiledRunning(rateOf(args.field, args.as), [args.field, "@timestamp"], [args.as]);
  },
};

interface Point {
  time: number;
  value: number;
}

/**
 * Orders the points by `@timestamp` (input order for equal times) and divides the growth from
 * the first to the last point by the seconds between them. There is no row with fewer than two
 * points, no time between them, or a counter that decreases anywhere (a reset), as the
 * functions-counterasrate page states. Events without a numeric `@timestamp` are skipped.
 */
export function rateOf(field: string, as: string): RunningFactory {
  return () => {
    const points: Point[] = [];

    return {
      add(event) {
        const value = numberIn(event, field);
        const timeText = event.get("@timestamp");
        const time = timeText === undefined ? null : parseNumber(timeText);
        if (value !== null && time !== null) {
          points.push({ time, value });
        }
      },
      result() {
        const ordered = [...points].sort((a, b) => a.time - b.time);
        const first = ordered[0];
        const last = ordered[ordered.length - 1];
        if (first === undefined || last === undefined || last.time === first.time) {
          return undefined;
        }

        for (let index = 1; index < ordered.length; index += 1) {
          if ((ordered[index] as Point).value < (ordered[index - 1] as Point).value) {
            return undefined;
          }
        }

        const seconds = (last.time - first.time) / 1000;
        return new Map([[as, formatNumber((last.value - first.value) / seconds)]]);
      },
    };
  };
}
