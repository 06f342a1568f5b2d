/** crypto:sha1(): the SHA-1 digest of one or more fields. */
import { cryptoDigest } from "./cryptoDigest.js";

export const cryptoSha1 = cryptoDigest({ algorithm: "sha1", label: "SHA-1" });
