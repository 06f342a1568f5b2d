/** Functions on array fields (name[0], name[1], ...). */
import type { AnyFunctionDefinition } from "../registry.js";

export const arrayFunctions: AnyFunctionDefinition[] = [];
