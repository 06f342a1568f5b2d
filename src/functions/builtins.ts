/**
 * The built-in functions: every family's list. A family adds a function by listing it in its
 * own index; this file only joins the families.
 */
import { aggregateFunctions } from "./aggregate/index.js";
import { arrayFunctions } from "./array/index.js";
import { fieldsFunctions } from "./fields/index.js";
import { filterFunctions } from "./filter/index.js";
import { hashFunctions } from "./hash/index.js";
import { joinFunctions } from "./join/index.js";
import { lookupFunctions } from "./lookup/index.js";
import { mathFunctions } from "./math/index.js";
import { miscFunctions } from "./misc/index.js";
import { networkFunctions } from "./network/index.js";
import { parseFunctions } from "./parse/index.js";
import { regexFunctions } from "./regex/index.js";
import { Registry, type AnyFunctionDefinition } from "./registry.js";
import { stringFunctions } from "./string/index.js";
import { timeFunctions } from "./time/index.js";
import { timeseriesFunctions } from "./timeseries/index.js";
import { visualFunctions } from "./visual/index.js";

export const builtinFunctions: readonly AnyFunctionDefinition[] = [
  ...aggregateFunctions,
  ...arrayFunctions,
  ...fieldsFunctions,
  ...filterFunctions,
  ...hashFunctions,
  ...joinFunctions,
  ...lookupFunctions,
  ...mathFunctions,
  ...miscFunctions,
  ...networkFunctions,
  ...parseFunctions,
  ...regexFunctions,
  ...stringFunctions,
  ...timeFunctions,
  ...timeseriesFunctions,
  ...visualFunctions,
];

/** Creates a registry holding the built-in functions, for one engine instance. */
export function createBuiltinRegistry(): Registry {
  return new Registry(builtinFunctions);
}
