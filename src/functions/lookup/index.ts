/** Functions that enrich events from lookup files. */
import type { AnyFunctionDefinition } from "../registry.js";

export const lookupFunctions: AnyFunctionDefinition[] = [];
