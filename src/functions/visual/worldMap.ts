/**
 * worldMap(): the rows the World Map widget draws. Positions are bucketed by geohash, and each
 * bucket gets a magnitude from an aggregate (docs pages functions-worldmap and
 * widgets-worldmap-usage-data). Rows have the fields `geohash` and `magnitude`.
 */
import { z } from "zod";
import { unionFieldUse } from "../../engine/pipeline.js";
import { parseNumber } from "../../engine/values.js";
import { ErrorCodes } from "../../errors/index.js";
import type { Expr } from "../../syntax/ast.js";
import { aggregateListReads } from "../aggregate/aggregateList.js";
import { fieldName, syntaxTrees } from "../schemas.js";
import type { CompiledPipeline, FunctionDefinition, StageFactory } from "../types.js";
import { encodeGeohash } from "../network/geohash.js";
import { KeyedAggregate } from "./groupRows.js";
import { singleAggregate } from "./sankey.js";

interface WorldMapArgs {
  ip?: string;
  lat?: string;
  lon?: string;
  magnitude?: Expr[];
  precision: number;
}

export const worldMap: FunctionDefinition<WorldMapArgs> = {
  name: "worldMap",
  kind: "aggregate",
  docsPage: "functions-worldmap",
  summary: "Buckets positions (lat/lon, or an IP's location fields) by geohash and aggregates a magnitude per bucket for the World Map widget.",
  params: {
    ip: { type: "field", schema: fieldName().optional(), description: "The IP address field; its location comes from the fields ipLocation() writes (ip.lat, ip.lon)." },
    lat: { type: "field", schema: fieldName().optional(), description: "The latitude field, in decimal degrees." },
    lon: { type: "field", schema: fieldName().optional(), description: "The longitude field, in decimal degrees." },
    magnitude: { type: "aggregates", schema: syntaxTrees().optional(), description: "The aggregate giving each bucket's magnitude; count(as=_count) by default." },
    precision: {
      type: "number",
      schema: z.number({ error: "expected a whole number from 1 to 12" }).int().min(1).max(12).default(4),
      description: "The geohash length of the buckets: 4 suits the whole globe, 12 a street.",
    },
  },
  compile(args, ctx) {
    const position = positionFields(args);
    if (position === undefined) {
      return ctx.error("worldMap() needs ip=field, or both lat=field and lon=field", ctx.call.span, ErrorCodes.missingArgument);
    }

    const magnitude = singleAggregate(args.magnitude, "magnitude", ctx);
    if (args.ip !== undefined && args.lat === undefined) {
      // NOTE: LogScale looks IP addresses up in its MaxMind database, which is not available offline.
      ctx.warn(`worldMap(ip=${args.ip}) reads the location from ${args.ip}.lat and ${args.ip}.lon, which ipLocation() writes; events without them are left out, because no geolocation database is available offline`);
    }

    return {
      stage: worldMapStage(position.lat, position.lon, args.precision, magnitude),
      reads: unionFieldUse([new Set([position.lat, position.lon]), aggregateListReads([magnitude])]),
      projects: true,
    };
  },
};

function positionFields(args: WorldMapArgs): { lat: string; lon: string } | undefined {
  if (args.lat !== undefined && args.lon !== undefined) {
    return { lat: args.lat, lon: args.lon };
  }
  if (args.ip !== undefined && args.lat === undefined && args.lon === undefined) {
    return { lat: `${args.ip}.lat`, lon: `${args.ip}.lon` };
  }
  return undefined;
}

/** Groups events by the geohash of their position; events without a valid position are left out. */
function worldMapStage(latField: string, lonField: string, precision: number, magnitude: CompiledPipeline): StageFactory {
  return (next, run) => {
    const cells = new KeyedAggregate(magnitude, run);

    return {
      push(event) {
        const lat = parseNumber(event.get(latField) ?? "");
        const lon = parseNumber(event.get(lonField) ?? "");
        if (lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
          cells.push([encodeGeohash(lat, lon, precision)], event);
        }
      },
      end() {
        for (const { keys, value } of cells.results()) {
          const row = new Map([["geohash", keys[0] as string]]);
          if (value !== undefined) {
            row.set("magnitude", value);
          }
          next.push(row);
        }
        next.end();
      },
    };
  };
}
