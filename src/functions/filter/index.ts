/** Filter functions: they keep or drop events (some also extract fields). */
import type { AnyFunctionDefinition } from "../registry.js";
import { inFunction } from "./in.js";
import { regex } from "./regex.js";
import { test } from "./test.js";
import { wildcard } from "./wildcard.js";

export const filterFunctions: AnyFunctionDefinition[] = [inFunction, regex, test, wildcard];
