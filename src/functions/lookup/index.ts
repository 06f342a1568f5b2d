/** Functions that enrich events from lookup files. */
import type { AnyFunctionDefinition } from "../registry.js";
import { iocLookup } from "./iocLookup.js";
import { match } from "./match.js";
import { readFile } from "./readFile.js";

export const lookupFunctions: AnyFunctionDefinition[] = [iocLookup, match, readFile];
