/** linReg(): a least-squares line through the (x, y) points of the events. */
import { formatNumber } from "../../engine/values.js";
import { fieldName, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { compiledRunning, numberIn } from "./numericField.js";
import type { RunningFactory } from "./running.js";

interface LinRegArgs {
  x: string;
  y: string;
  prefix: string;
}

export const linReg: FunctionDefinition<LinRegArgs> = {
  name: "linReg",
  kind: "aggregate",
  docsPage: "functions-linreg",
  summary: "Fits y = slope * x + intercept by least squares; writes slope, intercept, adjusted R² and the point count.",
  params: {
    x: { type: "field", schema: fieldName(), description: "The field holding the independent variable." },
    y: { type: "field", schema: fieldName(), description: "The field holding the dependent variable." },
    prefix: { type: "string", schema: text().default("_"), description: "The prefix of the output fields slope, intercept, r2 and n; _ by default." },
  },
  compile(args) {
    const names = ["slope", "intercept", "r2", "n"].map((name) => `${args.prefix}${name}`) as [string, string, string, string];
    return compiledRunning(regressionOf(args.x, args.y, names), [args.x, args.y], names);
  },
};

/**
 * Accumulates the centred sums with one-pass updates, which stay accurate for large values.
 * Events lacking a number in x or y are skipped. Nothing is written when all x or all y values
 * are equal (functions-linreg) or with fewer than two points. The adjusted R² is
 * 1 - (1 - R²)(n - 1)/(n - 2), which reproduces the page's _r2 values. With exactly two points
 * it is undefined, so the r2 field is left out.
 */
export function regressionOf(xField: string, yField: string, names: readonly [string, string, string, string]): RunningFactory {
  return () => {
    let n = 0;
    let meanX = 0;
    let meanY = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;

    return {
      add(event) {
        const x = numberIn(event, xField);
        const y = numberIn(event, yField);
        if (x === null || y === null) {
          return;
        }

        const dx = x - meanX;
        const dy = y - meanY;
        const weight = n / (n + 1);
        sxx += dx * dx * weight;
        syy += dy * dy * weight;
        sxy += dx * dy * weight;
        meanX += dx / (n + 1);
        meanY += dy / (n + 1);
        n += 1;
      },
      result() {
        if (n < 2 || sxx === 0 || syy === 0) {
          return undefined;
        }

        const slope = sxy / sxx;
        const intercept = meanY - slope * meanX;
        const r2 = (sxy * sxy) / (sxx * syy);
        const [slopeName, interceptName, r2Name, nName] = names;

        const row = new Map([
          [slopeName, formatNumber(slope)],
          [interceptName, formatNumber(intercept)],
        ]);
        if (n > 2) {
          row.set(r2Name, formatNumber(1 - ((1 - r2) * (n - 1)) / (n - 2)));
        }
        row.set(nName, String(n));
        return row;
      },
    };
  };
}
