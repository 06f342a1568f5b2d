/** Functions on array fields (name[0], name[1], ...). */
import type { AnyFunctionDefinition } from "../registry.js";
import { arrayAppend } from "./arrayAppend.js";
import { arrayContains } from "./arrayContains.js";
import { arrayDedup } from "./arrayDedup.js";
import { arrayDrop } from "./arrayDrop.js";
import { arrayEval } from "./arrayEval.js";
import { arrayExists } from "./arrayExists.js";
import { arrayFilter } from "./arrayFilter.js";
import { arrayIntersection } from "./arrayIntersection.js";
import { arrayLength } from "./arrayLength.js";
import { arrayReduceAll } from "./arrayReduceAll.js";
import { arrayRegex } from "./arrayRegex.js";
import { arrayUnion } from "./arrayUnion.js";
import { objectArrayEval } from "./objectArrayEval.js";
import { objectArrayExists } from "./objectArrayExists.js";

export const arrayFunctions: AnyFunctionDefinition[] = [
  arrayAppend,
  arrayContains,
  arrayDedup,
  arrayDrop,
  arrayEval,
  arrayExists,
  arrayFilter,
  arrayIntersection,
  arrayLength,
  arrayReduceAll,
  arrayRegex,
  arrayUnion,
  objectArrayEval,
  objectArrayExists,
];
