/** Hash functions: non-cryptographic hashes and cryptographic digests of field values. */
import type { AnyFunctionDefinition } from "../registry.js";
import { cryptoMd5 } from "./cryptoMd5.js";
import { cryptoSha1 } from "./cryptoSha1.js";
import { cryptoSha256 } from "./cryptoSha256.js";
import { hash } from "./hash.js";
import { tokenHash } from "./tokenHash.js";

export const hashFunctions: AnyFunctionDefinition[] = [cryptoMd5, cryptoSha1, cryptoSha256, hash, tokenHash];
