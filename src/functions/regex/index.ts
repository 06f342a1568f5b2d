/** Regular expression functions besides regex() itself, which is a filter (see ../filter). */
import type { AnyFunctionDefinition } from "../registry.js";
import { replace } from "./replace.js";

export const regexFunctions: AnyFunctionDefinition[] = [replace];
