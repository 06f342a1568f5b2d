/** concatArray(): joins the elements of a flattened array into one string. */
import { z } from "zod";
import { fieldName, outputField, text } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { arrayBaseName } from "./arrayFields.js";

interface ConcatArrayArgs {
  field: string;
  from: number;
  to?: number;
  separator: string;
  prefix: string;
  suffix: string;
  as: string;
}

const index = () => z.number({ error: "expected a whole number of 0 or more" }).int({ error: "expected a whole number of 0 or more" }).min(0, { error: "expected a whole number of 0 or more" });

export const concatArray: FunctionDefinition<ConcatArrayArgs> = {
  name: "concatArray",
  kind: "transformation",
  docsPage: "functions-concatarray",
  summary: "Joins the values field[from] .. field[to] with a separator, prefix and suffix, stopping at the first missing index.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The base name of the array (a for a[0], a[1]...)." },
    from: { type: "number", schema: index().default(0), description: "The first index to include." },
    to: { type: "number", schema: index().optional(), description: "The last index to include; all indices up to the first gap by default." },
    separator: { type: "string", schema: text().default(""), description: "The text between values." },
    prefix: { type: "string", schema: text().default(""), description: "The text before the joined values." },
    suffix: { type: "string", schema: text().default(""), description: "The text after the joined values." },
    as: { type: "field", schema: outputField("_concatArray"), description: "The output field." },
  },
  compile(args, ctx) {
    const { from, to, separator, prefix, suffix } = args;
    const base = arrayBaseName(args.field);

    if (to !== undefined && to < from) {
      ctx.error(`to=${to} is below from=${from}; give a last index equal to or above the first`, ctx.argumentSpan("to"));
    }

    // functions-concatarray: the join stops before the first missing index, and an event
    // without the first index gets no output field. The indices read are unbounded, so the
    // function declares that it may read any field.
    return valueFunction(args.as, "all", (event) => {
      const values: string[] = [];
      for (let position = from; to === undefined || position <= to; position += 1) {
        const value = event.get(`${base}[${position}]`);
        if (value === undefined) {
          break;
        }
        values.push(value);
      }
      return values.length === 0 ? null : prefix + values.join(separator) + suffix;
    });
  },
};
