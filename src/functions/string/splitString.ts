/** splitString(): splits a field's value by a regex into an array or picks one part. */
import { z } from "zod";
import { fieldName, outputField, text } from "../schemas.js";
import { mapStage } from "../../engine/pipeline.js";
import type { Event } from "../../engine/event.js";
import type { CompiledRegex } from "../../engine/regex.js";
import type { FunctionDefinition } from "../types.js";

interface SplitStringArgs {
  field: string;
  by: string;
  index?: number;
  as: string;
}

export const splitString: FunctionDefinition<SplitStringArgs> = {
  name: "splitString",
  kind: "transformation",
  docsPage: "functions-splitstring",
  summary: "Splits a field's value by a regex into as[0], as[1]...; with index= writes only that part (negative counts from the end) to as.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName().default("@rawstring"), description: "The field to split." },
    by: { type: "string", schema: text().min(1, { error: "give the text or regex to split by, e.g. by=\",\"" }), description: "The regex that separates the parts." },
    index: {
      type: "number",
      schema: z.number({ error: "expected a whole number such as 0 or -1" }).int({ error: "expected a whole number such as 0 or -1" }).optional(),
      description: "Write only this part; -1 is the last.",
    },
    as: { type: "field", schema: outputField("_splitstring"), description: "The output field, or the base name of the output array." },
  },
  compile(args, ctx) {
    const separator = ctx.compileRegex(args.by, "", ctx.argumentSpan("by"));
    const { field, index, as } = args;

    const write = index === undefined ? writeArray : (event: Event, parts: readonly string[]) => writePart(event, parts, index, as);
    return {
      stage: mapStage((event) => {
        const value = event.get(field);
        if (value !== undefined) {
          write(event, splitParts(value, separator), as);
        }
      }),
      reads: new Set([field]),
    };
  },
};

function writeArray(event: Event, parts: readonly string[], as: string): void {
  parts.forEach((part, position) => event.set(`${as}[${position}]`, part));
}

function writePart(event: Event, parts: readonly string[], index: number, as: string): void {
  const part = parts[index < 0 ? parts.length + index : index];
  if (part !== undefined) {
    event.set(as, part);
  }
}

/**
 * Splits at every match of the regex and drops the empty parts. The docs example splits
 * `<2007-01-01>test;bar` by `[<>;]` into three parts, so the empty text before the first `<`
 * is not a part. This engine drops every empty part, wherever it is.
 */
export function splitParts(text: string, separator: CompiledRegex): string[] {
  const parts: string[] = [];
  let start = 0;

  // matchAll() moves on one character after an empty match and picks the safe engine for long text.
  for (const match of separator.matchAll(text, text.length + 1)) {
    if (match.length === 0 && (match.index === 0 || match.index >= text.length)) {
      continue;
    }
    parts.push(text.slice(start, match.index));
    start = match.index + match.length;
  }

  parts.push(text.slice(start));
  return parts.filter((part) => part !== "");
}
