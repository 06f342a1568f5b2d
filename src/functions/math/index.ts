/** Mathematical functions. */
import type { AnyFunctionDefinition } from "../registry.js";

export const mathFunctions: AnyFunctionDefinition[] = [];
