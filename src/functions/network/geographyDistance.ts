/** geography:distance(): the great-circle distance in meters between two points. */
import type { Event } from "../../engine/event.js";
import { isNumberText, parseNumber } from "../../engine/values.js";
import { fieldName, outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";

interface DistanceArgs {
  lat1: string;
  lon1: string;
  lat2: string;
  lon2: string;
  as: string;
}

/**
 * The mean Earth radius (IUGG), in meters.
 * NOTE: the docs do not give LogScale's radius; results may differ from LogScale's in the
 * fifth significant digit.
 */
export const EARTH_RADIUS_METERS = 6_371_008.8;

export const geographyDistance: FunctionDefinition<DistanceArgs> = {
  name: "geography:distance",
  kind: "transformation",
  docsPage: "functions-geography-distance",
  summary: "Writes the great-circle (haversine) distance in meters between two latitude/longitude points.",
  params: {
    lat1: { type: "field", schema: fieldName(), description: "The latitude of the first point: a field name or a number." },
    lon1: { type: "field", schema: fieldName(), description: "The longitude of the first point: a field name or a number." },
    lat2: { type: "field", schema: fieldName(), description: "The latitude of the second point: a field name or a number." },
    lon2: { type: "field", schema: fieldName(), description: "The longitude of the second point: a field name or a number." },
    as: { type: "field", schema: outputField("_distance"), description: "The output field." },
  },
  compile(args) {
    const inputs = [args.lat1, args.lon1, args.lat2, args.lon2].map(coordinate);
    const reads = new Set([args.lat1, args.lon1, args.lat2, args.lon2].filter((name) => !isNumberText(name)));

    return valueFunction(args.as, reads, (event) => {
      const [lat1, lon1, lat2, lon2] = inputs.map((read) => read(event));
      if (lat1 === null || lon1 === null || lat2 === null || lon2 === null || lat1 === undefined || lon1 === undefined || lat2 === undefined || lon2 === undefined) {
        return null;
      }
      return haversine(lat1, lon1, lat2, lon2);
    });
  },
};

/** Reads a coordinate argument: a number as written, or the number in the field it names. */
function coordinate(argument: string): (event: Event) => number | null {
  const constant = parseNumber(argument);
  if (constant !== null) {
    return () => constant;
  }
  return (event) => parseNumber(event.get(argument) ?? "");
}

export function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const radians = Math.PI / 180;
  const dLat = (lat2 - lat1) * radians;
  const dLon = (lon2 - lon1) * radians;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * radians) * Math.cos(lat2 * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
}
