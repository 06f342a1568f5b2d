/**
 * Zod schemas that many function definitions share, with messages that read well in a query
 * error. Each parameter's schema validates the value analysis read for it (see ParamType).
 */
import { z } from "zod";
import type { Expr, Pipeline } from "../syntax/ast.js";

/** A field name. */
export const fieldName = () => z.string({ error: "expected a field name" }).min(1, { error: "a field name must not be empty" });

/** A non-empty list of field names. */
export const fieldNames = () => z.array(fieldName()).min(1, { error: "give at least one field name" });

/** Text; the empty string allowed. */
export const text = () => z.string({ error: "expected a word or quoted string" });

/** `true` or `false`, with a default. */
export const flag = (defaultValue: boolean) =>
  z.boolean({ error: "expected true or false" }).default(defaultValue);

/** A syntax tree argument (an expression, a filter, a regex...), checked by the function itself. */
export const syntaxTree = () => z.custom<Expr>((value) => typeof value === "object" && value !== null && "kind" in value);

/** The syntax trees of an `expressions` or `aggregates` argument. */
export const syntaxTrees = () => z.array(syntaxTree());

/** A `{ ... }` subquery. */
export const pipeline = () => z.custom<Pipeline>((value) => typeof value === "object" && value !== null && (value as Pipeline).kind === "Pipeline");

/** A list of `{ ... }` subqueries. */
export const pipelines = () => z.array(pipeline()).min(1, { error: "give at least one { ... } subquery" });

export interface LimitOptions {
  defaultValue: number;
  min: number;
  max: number;
  /** Whether `limit=max` is accepted (it then means `max`). */
  acceptsMax: boolean;
}

/**
 * Builds the schema of a row or group limit: a whole number from `min` to `max`, or the word
 * `max` where accepted. The result is always a number.
 */
export function limit(options: LimitOptions) {
  const range = `${options.min} to ${options.max.toLocaleString("en-US")}`;
  const message = options.acceptsMax ? `expected a whole number from ${range}, or max` : `expected a whole number from ${range}`;

  const numberSchema = z.number().int().min(options.min).max(options.max);
  const schema = options.acceptsMax ? z.union([numberSchema, z.literal("max").transform(() => options.max)]) : numberSchema;

  return z
    .unknown()
    .transform((value, context) => {
      if (value === undefined) {
        return options.defaultValue;
      }

      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        context.addIssue({ code: "custom", message: `${message}, got ${typeof value === "string" ? JSON.stringify(value) : String(value)}` });
        return z.NEVER;
      }
      return parsed.data;
    });
}

/** Builds the schema of one of a fixed set of words, with a default. */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values, defaultValue: Values[number]) {
  return z.enum(values, { error: `expected one of ${values.join(", ")}` }).default(defaultValue as never);
}

/** The name of the field a function writes, with its default. */
export const outputField = (defaultValue: string) => fieldName().default(defaultValue);
