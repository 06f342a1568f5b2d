/** crypto:sha256(): the SHA-256 digest of one or more fields. */
import { cryptoDigest } from "./cryptoDigest.js";

export const cryptoSha256 = cryptoDigest({ algorithm: "sha256", label: "SHA-256" });
