/** Functions that enrich events from lookup files. */
import type { AnyFunctionDefinition } from "../registry.js";
import { match } from "./match.js";
import { readFile } from "./readFile.js";

export const lookupFunctions: AnyFunctionDefinition[] = [match, readFile];
