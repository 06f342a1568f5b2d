/** lower(): a field's value in lower case. */
import { fieldName, outputField, text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";
import { localeTag } from "./lowerUpper.js";

interface CaseArgs {
  field: string;
  as: string;
  locale?: string;
  type?: string;
}

export const lower: FunctionDefinition<CaseArgs> = {
  name: "lower",
  kind: "transformation",
  docsPage: "functions-lower",
  summary: "Writes a field's value in lower case to another field.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field to convert." },
    as: { type: "field", schema: outputField("_lower"), description: "The output field." },
    locale: { type: "string", schema: text().optional(), description: "The locale for the case mapping, e.g. en or tr_TR." },
    type: { type: "string", schema: text().optional(), description: "Older name of locale." },
  },
  compile(args, ctx) {
    const locale = localeTag(args.locale ?? args.type, args.locale === undefined ? "type" : "locale", ctx);
    const field = args.field;
    return valueFunction(args.as, new Set([field]), (event) => event.get(field)?.toLocaleLowerCase(locale) ?? null);
  },
};
