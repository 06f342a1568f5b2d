/** geohash(): the geohash of a latitude and longitude. */
import { z } from "zod";
import { parseNumber } from "../../engine/values.js";
import { fieldName, outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

interface GeohashArgs {
  lat: string;
  lon: string;
  precision: number;
  as: string;
}

const BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";

export const geohash: FunctionDefinition<GeohashArgs> = {
  name: "geohash",
  kind: "transformation",
  docsPage: "functions-geohash",
  summary: "Writes the geohash of the latitude and longitude in two fields, with 1 to 12 characters.",
  params: {
    lat: { type: "field", schema: fieldName().default("ip.lat"), description: "The field holding the latitude, -90 to 90 (as ipLocation() writes it by default)." },
    lon: { type: "field", schema: fieldName().default("ip.lon"), description: "The field holding the longitude, -180 to 180." },
    precision: {
      type: "number",
      schema: z.number({ error: "expected a precision from 1 to 12" }).int().min(1).max(12).default(12),
      description: "The number of characters, 1 to 12.",
    },
    as: { type: "field", schema: outputField("_geohash"), description: "The output field." },
  },
  compile(args) {
    const { lat, lon, precision } = args;
    return valueFunction(args.as, new Set([lat, lon]), (event) => {
      const latitude = parseNumber(event.get(lat) ?? "");
      const longitude = parseNumber(event.get(lon) ?? "");
      if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
        return null;
      }
      return encodeGeohash(latitude, longitude, precision);
    });
  },
};

/** Interleaves longitude and latitude bisection bits, five to a base-32 character. */
export function encodeGeohash(latitude: number, longitude: number, precision: number): string {
  const latRange = [-90, 90];
  const lonRange = [-180, 180];
  let hash = "";
  let bits = 0;
  let value = 0;
  let even = true;

  while (hash.length < precision) {
    const range = even ? lonRange : latRange;
    const coordinate = even ? longitude : latitude;
    const middle = ((range[0] as number) + (range[1] as number)) / 2;
    value <<= 1;
    // A coordinate on the midpoint goes to the lower half: the docs' Greenwich example (lon 0.0)
    // gives gcpuzgrbxvrc, west of the meridian.
    if (coordinate > middle) {
      value |= 1;
      range[0] = middle;
    } else {
      range[1] = middle;
    }
    even = !even;
    bits += 1;

    if (bits === 5) {
      hash += BASE32[value];
      bits = 0;
      value = 0;
    }
  }

  return hash;
}
