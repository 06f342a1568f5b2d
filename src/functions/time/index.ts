/** Functions on timestamps and durations. */
import type { AnyFunctionDefinition } from "../registry.js";

export const timeFunctions: AnyFunctionDefinition[] = [];
