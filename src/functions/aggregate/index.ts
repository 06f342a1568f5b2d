/**
 * Aggregate functions: they read all their input before emitting rows, or, for the sequence
 * functions (accumulate(), neighbor(), partition(), slidingWindow(), slidingTimeWindow()), work on
 * the order of the events. dropEvent() and createEvents() live here too: createEvents() is an
 * aggregate, and dropEvent() belongs with it as a function for building test and parser pipelines.
 */
import type { AnyFunctionDefinition } from "../registry.js";
import { accumulate } from "./accumulate.js";
import { avg } from "./avg.js";
import { callFunction } from "./callFunction.js";
import { collect } from "./collect.js";
import { count } from "./count.js";
import { counterAsRate } from "./counterAsRate.js";
import { createEvents } from "./createEvents.js";
import { dropEvent } from "./dropEvent.js";
import { fieldset } from "./fieldset.js";
import { fieldstats } from "./fieldstats.js";
import { groupBy } from "./groupBy.js";
import { head } from "./head.js";
import { linReg } from "./linReg.js";
import { max } from "./max.js";
import { min } from "./min.js";
import { neighbor } from "./neighbor.js";
import { partition } from "./partition.js";
import { percentage } from "./percentage.js";
import { percentile } from "./percentile.js";
import { range } from "./range.js";
import { selectFromMax } from "./selectFromMax.js";
import { selectFromMin } from "./selectFromMin.js";
import { selectLast } from "./selectLast.js";
import { series } from "./series.js";
import { session } from "./session.js";
import { slidingTimeWindow } from "./slidingTimeWindow.js";
import { slidingWindow } from "./slidingWindow.js";
import { sort } from "./sort.js";
import { stats } from "./stats.js";
import { stdDev } from "./stdDev.js";
import { sum } from "./sum.js";
import { table } from "./table.js";
import { tail } from "./tail.js";
import { top } from "./top.js";
import { transpose } from "./transpose.js";

export const aggregateFunctions: AnyFunctionDefinition[] = [
  accumulate,
  avg,
  callFunction,
  collect,
  count,
  counterAsRate,
  createEvents,
  dropEvent,
  fieldset,
  fieldstats,
  groupBy,
  head,
  linReg,
  max,
  min,
  neighbor,
  partition,
  percentage,
  percentile,
  range,
  selectFromMax,
  selectFromMin,
  selectLast,
  series,
  session,
  slidingTimeWindow,
  slidingWindow,
  sort,
  stats,
  stdDev,
  sum,
  table,
  tail,
  top,
  transpose,
];
