/** Functions that parse field values into fields (JSON, key-value, CSV...). */
import type { AnyFunctionDefinition } from "../registry.js";
import { jsonPrettyPrint } from "./jsonPrettyPrint.js";
import { kvParse } from "./kvParse.js";
import { parseCEF } from "./parseCEF.js";
import { parseCsv } from "./parseCsv.js";
import { parseHexString } from "./parseHexString.js";
import { parseJson } from "./parseJson.js";
import { parseLEEF } from "./parseLEEF.js";
import { parseUrl } from "./parseUrl.js";
import { parseXml } from "./parseXml.js";
import { writeJson } from "./writeJson.js";

export const parseFunctions: AnyFunctionDefinition[] = [
  jsonPrettyPrint,
  kvParse,
  parseCEF,
  parseCsv,
  parseHexString,
  parseJson,
  parseLEEF,
  parseUrl,
  parseXml,
  writeJson,
];
