/** Functions that parse field values into fields (JSON, key-value, CSV...). */
import type { AnyFunctionDefinition } from "../registry.js";

export const parseFunctions: AnyFunctionDefinition[] = [];
