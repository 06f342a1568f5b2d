/** Functions that shape results for a dashboard widget. */
import type { AnyFunctionDefinition } from "../registry.js";
import { sankey } from "./sankey.js";
import { worldMap } from "./worldMap.js";

export const visualFunctions: AnyFunctionDefinition[] = [sankey, worldMap];
