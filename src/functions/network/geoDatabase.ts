/**
 * MaxMind-format (.mmdb) databases for ipLocation() and asn(), read with the `maxmind` package.
 * Records in MaxMind's GeoIP2/GeoLite2 layout (country.iso_code, location.latitude...) and in the
 * flat layout of the ip-location-db project (country_code, latitude...) are both understood.
 */
import { readFileSync } from "node:fs";
import { Reader } from "maxmind";
import { CqlRuntimeError, ErrorCodes } from "../../errors/index.js";
import { formatNumber } from "../../engine/values.js";
import { parseAddress } from "../lookup/subnet.js";
import type { RunOptions } from "../types.js";

export type DatabaseKind = "location" | "asn";

const readers = new Map<string, Reader<Record<string, unknown>>>();

/** The option and CLI flag that set each database, for messages. */
const HOW_TO_SET: Record<DatabaseKind, string> = {
  location: "set the run option geoDatabases.location (the cql command's --geoip-db) to a City or Country .mmdb file",
  asn: "set the run option geoDatabases.asn (the cql command's --asn-db) to an ASN .mmdb file",
};

/**
 * Opens the database of a kind for a run. A database is read once per path and kept.
 * NOTE: a file that changes on disk is not read again while the process runs.
 * @throws CqlRuntimeError when no database is set or the file cannot be read as one.
 */
export function openDatabase(options: RunOptions, kind: DatabaseKind, functionName: string): Reader<Record<string, unknown>> {
  const path = options.geoDatabases?.[kind];
  if (path === undefined) {
    throw new CqlRuntimeError({ code: ErrorCodes.missingFile, message: `${functionName}() needs a MaxMind-format database: ${HOW_TO_SET[kind]}` });
  }

  let reader = readers.get(path);
  if (reader === undefined) {
    try {
      reader = new Reader<Record<string, unknown>>(readFileSync(path));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CqlRuntimeError({
        code: ErrorCodes.invalidFile,
        message: `cannot read the ${kind} database ${JSON.stringify(path)} for ${functionName}(): ${reason}; ${HOW_TO_SET[kind]}`,
      });
    }
    readers.set(path, reader);
  }
  return reader;
}

/** Looks an address up; text that is not an IP address has no record. */
export function recordOf(reader: Reader<Record<string, unknown>>, text: string): Record<string, unknown> | null {
  const trimmed = text.trim();
  if (parseAddress(trimmed) === undefined) {
    return null;
  }

  try {
    return reader.get(trimmed);
  } catch {
    // An IPv6 address cannot be looked up in an IPv4-only database: it has no record there.
    return null;
  }
}

/** Reads the country (ISO code), city (English name), lat and lon of a location record. */
export function locationFields(record: Record<string, unknown>): [string, string][] {
  const fields: [string, string][] = [];
  const country = pick(record, ["country", "iso_code"]) ?? pick(record, ["registered_country", "iso_code"]) ?? pick(record, ["country_code"]);
  const city = pick(record, ["city", "names", "en"]) ?? pick(record, ["city"]);
  const lat = pick(record, ["location", "latitude"]) ?? pick(record, ["latitude"]);
  const lon = pick(record, ["location", "longitude"]) ?? pick(record, ["longitude"]);

  for (const [name, value] of [["country", country], ["city", city], ["lat", lat], ["lon", lon]] as const) {
    if (value !== undefined) {
      fields.push([name, value]);
    }
  }
  return fields;
}

/** Reads the AS number and organisation of an ASN record. */
export function asnFields(record: Record<string, unknown>): [string, string][] {
  const fields: [string, string][] = [];
  const asn = pick(record, ["autonomous_system_number"]);
  const org = pick(record, ["autonomous_system_organization"]);
  if (asn !== undefined) {
    fields.push(["asn", asn]);
  }
  if (org !== undefined) {
    fields.push(["org", org]);
  }
  return fields;
}

/** Returns the text of a nested string or number member, or undefined. */
function pick(record: Record<string, unknown>, path: readonly string[]): string | undefined {
  let current: unknown = record;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }

  if (typeof current === "number") {
    return formatNumber(current);
  }
  return typeof current === "string" && current !== "" ? current : undefined;
}
