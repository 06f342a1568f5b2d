/** crypto:md5(): the MD5 digest of one or more fields. */
import { cryptoDigest } from "./cryptoDigest.js";

export const cryptoMd5 = cryptoDigest({ algorithm: "md5", label: "MD5" });
