/** Functions that relate events to other events of the same or another query. */
import type { AnyFunctionDefinition } from "../registry.js";
import { selfJoinFilter } from "./selfJoinFilter.js";

export const joinFunctions: AnyFunctionDefinition[] = [selfJoinFilter];
