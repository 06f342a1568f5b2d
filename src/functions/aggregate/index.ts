/** Aggregate functions: they read all their input before emitting rows. */
import type { AnyFunctionDefinition } from "../registry.js";
import { collect } from "./collect.js";
import { count } from "./count.js";
import { groupBy } from "./groupBy.js";
import { head } from "./head.js";
import { sort } from "./sort.js";
import { stats } from "./stats.js";
import { table } from "./table.js";
import { tail } from "./tail.js";

export const aggregateFunctions: AnyFunctionDefinition[] = [collect, count, groupBy, head, sort, stats, table, tail];
