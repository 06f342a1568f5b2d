/** Functions that add, remove, rename or compute fields. */
import type { AnyFunctionDefinition } from "../registry.js";
import { defaultFunction } from "./default.js";
import { drop } from "./drop.js";
import { evalFunction } from "./eval.js";
import { rename } from "./rename.js";
import { select } from "./select.js";

export const fieldsFunctions: AnyFunctionDefinition[] = [defaultFunction, drop, evalFunction, rename, select];
