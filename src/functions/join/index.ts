/** Functions that relate events to other events of the same or another query. */
import type { AnyFunctionDefinition } from "../registry.js";
import { defineTable } from "./defineTable.js";
import { join } from "./join.js";
import { selfJoinFilter } from "./selfJoinFilter.js";

export const joinFunctions: AnyFunctionDefinition[] = [defineTable, join, selfJoinFilter];
