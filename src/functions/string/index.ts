/** Functions on the text of field values. */
import type { AnyFunctionDefinition } from "../registry.js";
import { concat } from "./concat.js";
import { length } from "./length.js";
import { lower } from "./lower.js";
import { upper } from "./upper.js";

export const stringFunctions: AnyFunctionDefinition[] = [concat, length, lower, upper];
