/** lowercase(): lower-cases field values, field names or both, in place. */
import { fieldNames, oneOf, text } from "../schemas.js";
import { mapStage } from "../../engine/pipeline.js";
import type { Event } from "../../engine/event.js";
import type { FunctionDefinition } from "../types.js";
import { localeTag } from "./lowerUpper.js";

interface LowercaseArgs {
  field: string[];
  include: "values" | "fields" | "both";
  locale?: string;
}

export const lowercase: FunctionDefinition<LowercaseArgs> = {
  name: "lowercase",
  kind: "transformation",
  docsPage: "functions-lowercase",
  summary: "Lower-cases the values, the names or both of the listed fields (* for all) in place; meant for parsers, lower() is the query form.",
  defaultParam: "field",
  params: {
    field: { type: "fields", schema: fieldNames(), description: "The fields to change; * alone means every field, and then only the lower-cased fields remain." },
    include: { type: "string", schema: oneOf(["values", "fields", "both"], "values"), description: "What to lower-case: values, fields (names) or both." },
    locale: { type: "string", schema: text().optional(), description: "The locale for the case mapping, e.g. en or tr_TR." },
  },
  compile(args, ctx) {
    const locale = localeTag(args.locale, "locale", ctx);
    const toLower = (value: string) => value.toLocaleLowerCase(locale);
    const all = args.field.length === 1 && args.field[0] === "*";
    const names = args.field;
    const include = args.include;

    return {
      stage: mapStage((event) => {
        if (include === "values") {
          lowerValues(event, all ? [...event.keys()] : names, toLower);
        } else {
          lowerNames(event, all ? [...event.keys()] : names, include === "both", all, toLower);
        }
      }),
      reads: all || include !== "values" ? "all" : new Set(names),
    };
  },
};

function lowerValues(event: Event, names: readonly string[], toLower: (value: string) => string): void {
  for (const name of names) {
    const value = event.get(name);
    if (value !== undefined) {
      event.set(name, toLower(value));
    }
  }
}

/**
 * With include=fields or both, the listed names match event fields ignoring case, and each
 * match is copied to its lower-case name (its value lower-cased too for both). The original
 * field stays, except with `*`, where only the lower-cased fields remain (functions-lowercase).
 */
function lowerNames(event: Event, names: readonly string[], alsoValues: boolean, all: boolean, toLower: (value: string) => string): void {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const matches = [...event.entries()].filter(([name]) => wanted.has(name.toLowerCase()));

  if (all) {
    event.clear();
  }
  for (const [name, value] of matches) {
    event.set(toLower(name), alsoValues ? toLower(value) : value);
  }
}
