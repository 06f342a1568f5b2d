/** Functions that relate events to other events of the same or another query. */
import type { AnyFunctionDefinition } from "../registry.js";
import { correlate } from "./correlate.js";
import { defineTable } from "./defineTable.js";
import { join } from "./join.js";
import { selfJoin } from "./selfJoin.js";
import { selfJoinFilter } from "./selfJoinFilter.js";

export const joinFunctions: AnyFunctionDefinition[] = [correlate, defineTable, join, selfJoin, selfJoinFilter];
