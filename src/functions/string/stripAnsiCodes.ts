/** stripAnsiCodes(): removes ANSI escape sequences from a field value. */
import { fieldName } from "../schemas.js";
import type { FunctionDefinition } from "../types.js";
import { valueFunction } from "./fieldTransform.js";

interface StripAnsiCodesArgs {
  field: string;
  as?: string;
}

/**
 * ANSI escape sequences: CSI sequences (`ESC [` or the byte 0x9B, parameters, a final byte)
 * carry colours and cursor movement; OSC sequences (`ESC ]` ... BEL or `ESC \`) set titles;
 * the rest are two-character `ESC x` commands.
 */
const ANSI_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

export const stripAnsiCodes: FunctionDefinition<StripAnsiCodesArgs> = {
  name: "stripAnsiCodes",
  kind: "transformation",
  docsPage: "functions-stripansicodes",
  summary: "Removes ANSI colour codes and cursor movement commands from a field's value.",
  defaultParam: "field",
  params: {
    field: { type: "field", schema: fieldName(), description: "The field to clean." },
    as: { type: "field", schema: fieldName().optional(), description: "The output field; the input field by default." },
  },
  compile(args) {
    const field = args.field;
    return valueFunction(args.as ?? field, new Set([field]), (event) => event.get(field)?.replace(ANSI_SEQUENCE, "") ?? null);
  },
};
