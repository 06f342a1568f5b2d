/** Functions that add, remove, rename or compute fields. */
import type { AnyFunctionDefinition } from "../registry.js";
import { coalesce } from "./coalesce.js";
import { concatArray } from "./concatArray.js";
import { copyEvent } from "./copyEvent.js";
import { defaultFunction } from "./default.js";
import { drop } from "./drop.js";
import { evalFunction } from "./eval.js";
import { eventFieldCount } from "./eventFieldCount.js";
import { eventSize } from "./eventSize.js";
import { getField } from "./getField.js";
import { ifFunction } from "./if.js";
import { rename } from "./rename.js";
import { select } from "./select.js";
import { setField } from "./setField.js";
import { split } from "./split.js";

export const fieldsFunctions: AnyFunctionDefinition[] = [
  coalesce,
  concatArray,
  copyEvent,
  defaultFunction,
  drop,
  evalFunction,
  eventFieldCount,
  eventSize,
  getField,
  ifFunction,
  rename,
  select,
  setField,
  split,
];
