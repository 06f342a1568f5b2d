/** Functions on IP addresses and other network data. */
import type { AnyFunctionDefinition } from "../registry.js";
import { asn } from "./asn.js";
import { bitfieldExtractFlags } from "./bitfieldExtractFlags.js";
import { cidr } from "./cidr.js";
import { communityId } from "./communityId.js";
import { geographyDistance } from "./geographyDistance.js";
import { geohash } from "./geohash.js";
import { ipLocation } from "./ipLocation.js";
import { rdns } from "./rdns.js";
import { reverseDns } from "./reverseDns.js";
import { subnet } from "./subnet.js";

export const networkFunctions: AnyFunctionDefinition[] = [
  asn,
  bitfieldExtractFlags,
  cidr,
  communityId,
  geographyDistance,
  geohash,
  ipLocation,
  rdns,
  reverseDns,
  subnet,
];
