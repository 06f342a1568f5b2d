/** array:regex(): keeps events whose array has an element matching a regular expression. */
import { predicateStage } from "../../engine/pipeline.js";
import type { Event } from "../../engine/event.js";
import { text } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { arrayName, readElements } from "./arrays.js";

interface ArrayRegexArgs {
  array: string;
  regex: string;
  flags: string;
}

export const arrayRegex: FunctionDefinition<ArrayRegexArgs> = {
  name: "array:regex",
  kind: "filter",
  docsPage: "functions-array-regex",
  summary: "Keeps events whose array has an element matching a regular expression.",
  defaultParam: "array",
  negatable: true,
  params: {
    array: { type: "string", schema: arrayName(), description: "The array, written name[]." },
    regex: { type: "string", schema: text(), description: "The regular expression an element must match (unanchored)." },
    flags: { type: "string", schema: text().default(""), description: "Regex flags: i (ignore case), m (multi-line), d (dot matches line terminators)." },
  },
  compile(args, ctx) {
    const regex = ctx.compileRegex(args.regex, args.flags, ctx.argumentSpan("regex"));
    const array = args.array;
    const predicate = (event: Event) => readElements(event, array).some((element) => regex.test(element));
    return { stage: predicateStage(predicate), predicate, reads: "all" };
  },
};
