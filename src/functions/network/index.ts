/** Functions on IP addresses and other network data. */
import type { AnyFunctionDefinition } from "../registry.js";

export const networkFunctions: AnyFunctionDefinition[] = [];
