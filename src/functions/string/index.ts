/** Functions on the text of field values. */
import type { AnyFunctionDefinition } from "../registry.js";
import { base64Decode } from "./base64Decode.js";
import { base64Encode } from "./base64Encode.js";
import { concat } from "./concat.js";
import { format } from "./format.js";
import { length } from "./length.js";
import { lower } from "./lower.js";
import { lowercase } from "./lowercase.js";
import { shannonEntropy } from "./shannonEntropy.js";
import { splitString } from "./splitString.js";
import { stripAnsiCodes } from "./stripAnsiCodes.js";
import { textContains } from "./textContains.js";
import { textEndsWith } from "./textEndsWith.js";
import { textLength } from "./textLength.js";
import { textPositionOf } from "./textPositionOf.js";
import { textStartsWith } from "./textStartsWith.js";
import { textSubstring } from "./textSubstring.js";
import { upper } from "./upper.js";
import { urlDecode } from "./urlDecode.js";
import { urlEncode } from "./urlEncode.js";

export const stringFunctions: AnyFunctionDefinition[] = [
  base64Decode,
  base64Encode,
  concat,
  format,
  length,
  lower,
  lowercase,
  shannonEntropy,
  splitString,
  stripAnsiCodes,
  textContains,
  textEndsWith,
  textLength,
  textPositionOf,
  textStartsWith,
  textSubstring,
  upper,
  urlDecode,
  urlEncode,
];
