/** Functions that group events by time: time buckets, sliding windows and the search window. */
import type { AnyFunctionDefinition } from "../registry.js";
import { bucket } from "./bucket.js";
import { setTimeInterval } from "./setTimeInterval.js";
import { timeChart } from "./timeChart.js";
import { window } from "./window.js";

export const timeseriesFunctions: AnyFunctionDefinition[] = [bucket, setTimeInterval, timeChart, window];
