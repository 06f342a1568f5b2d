/** Functions that fit no other family. */
import type { AnyFunctionDefinition } from "../registry.js";

export const miscFunctions: AnyFunctionDefinition[] = [];
