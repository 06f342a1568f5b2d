/**
 * The shape of the math:*() functions: read a field as a number, compute, and write the
 * result to `as` (default `_<name>`, as on the docs pages functions-math-*). A value that is
 * not a number, or a result that is not finite (the logarithm of 0, the square root of -1),
 * writes nothing.
 */
import { fieldName, outputField } from "../schemas.js";
import { parseNumber } from "../../engine/values.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

export interface UnaryMathArgs {
  field: string;
  as: string;
}

export interface UnaryMathOptions {
  /** The part after `math:`, e.g. `abs`. */
  name: string;
  summary: string;
  compute(value: number): number;
}

export function unaryMath(options: UnaryMathOptions): FunctionDefinition<UnaryMathArgs> {
  const compute = options.compute;

  return {
    name: `math:${options.name}`,
    kind: "transformation",
    docsPage: `functions-math-${options.name.toLowerCase()}`,
    summary: options.summary,
    defaultParam: "field",
    params: {
      field: { type: "field", schema: fieldName(), description: "The field holding the input number (a field name, not a literal)." },
      as: { type: "field", schema: outputField(`_${options.name}`), description: "The output field." },
    },
    compile(args) {
      const field = args.field;
      return valueFunction(args.as, new Set([field]), (event) => {
        const value = readNumber(event.get(field));
        return value === null ? null : finiteOrNull(compute(value));
      });
    },
  };
}

export function readNumber(text: string | undefined): number | null {
  return text === undefined ? null : parseNumber(text);
}

export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
