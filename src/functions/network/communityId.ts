/**
 * communityId(): the Community ID v1 flow hash of a connection, the same for both directions
 * (Corelight's Community ID specification: SHA-1 over seed, ordered endpoints, protocol and
 * ports, printed as `1:` and the base64 digest).
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Event } from "../../engine/event.js";
import { parseAddress, type Address } from "../lookup/subnet.js";
import { fieldName, outputField } from "../schemas.js";
import { valueFunction } from "../string/fieldTransform.js";
import type { FunctionDefinition } from "../types.js";
import { addressBytes } from "./subnetSet.js";

interface CommunityIdArgs {
  sourceip: string;
  destinationip: string;
  sourceport?: string;
  destinationport?: string;
  icmptype?: string;
  icmpcode?: string;
  proto: string;
  seed: number;
  as: string;
}

const PROTOCOLS: Record<string, number> = { icmp: 1, tcp: 6, udp: 17, "ipv6-icmp": 58, icmp6: 58, icmpv6: 58, sctp: 132 };
const ICMP = 1;
const ICMP6 = 58;
/** Protocols whose flows carry ports. */
const WITH_PORTS = new Set([6, 17, 132]);

/** ICMP and ICMPv6 message types and their replies; a type in neither list is one-way. */
const ICMP_PAIRS = new Map([[8, 0], [0, 8], [13, 14], [14, 13], [15, 16], [16, 15], [10, 9], [9, 10], [17, 18], [18, 17]]);
const ICMP6_PAIRS = new Map([[128, 129], [129, 128], [133, 134], [134, 133], [135, 136], [136, 135], [130, 131], [131, 130]]);

const optionalField = (description: string) => ({ type: "field" as const, schema: fieldName().optional(), description });

export const communityId: FunctionDefinition<CommunityIdArgs> = {
  name: "communityId",
  kind: "transformation",
  docsPage: "functions-communityid",
  summary: "Writes the Community ID v1 hash of a flow (addresses, ports, protocol), the same for both directions; invalid input gives the empty string.",
  params: {
    sourceip: { type: "field", schema: fieldName(), description: "The field holding the source IP address." },
    destinationip: { type: "field", schema: fieldName(), description: "The field holding the destination IP address." },
    sourceport: optionalField("The field holding the source port, 0 to 65535."),
    destinationport: optionalField("The field holding the destination port, 0 to 65535."),
    icmptype: optionalField("The field holding the ICMP type; for ICMP it stands in for the source port."),
    icmpcode: optionalField("The field holding the ICMP code; for ICMP it stands in for the destination port."),
    proto: { type: "field", schema: fieldName(), description: "The field holding the IP protocol: a number such as 6, or tcp, udp, icmp, icmp6, sctp." },
    seed: { type: "number", schema: z.number().int().min(0).max(65535).default(0), description: "The hash seed, 0 to 65535." },
    as: { type: "field", schema: outputField("_community_id"), description: "The output field." },
  },
  compile(args) {
    const optional = [args.sourceport, args.destinationport, args.icmptype, args.icmpcode];
    const reads = new Set([args.sourceip, args.destinationip, args.proto, ...optional.filter((field): field is string => field !== undefined)]);
    // Invalid input (an invalid address, a port out of range) writes the empty string
    // (functions-communityid).
    return valueFunction(args.as, reads, (event) => flowHash(event, args) ?? "");
  },
};

function flowHash(event: Event, args: CommunityIdArgs): string | null {
  const source = readAddress(event, args.sourceip);
  const destination = readAddress(event, args.destinationip);
  const protocol = readProtocol(event.get(args.proto));
  if (source === undefined || destination === undefined || protocol === undefined || source.bits !== destination.bits) {
    return null;
  }

  const ports = flowPorts(event, args, protocol);
  if (ports === null) {
    return null;
  }

  let first = { address: addressBytes(source), port: ports?.source };
  let second = { address: addressBytes(destination), port: ports?.destination };
  if (ports?.oneWay !== true && isGreater(first, second)) {
    [first, second] = [second, first];
  }

  const parts = [uint16(args.seed), first.address, second.address, Buffer.from([protocol, 0])];
  if (first.port !== undefined && second.port !== undefined) {
    parts.push(uint16(first.port), uint16(second.port));
  }
  return `1:${createHash("sha1").update(Buffer.concat(parts)).digest("base64")}`;
}

interface FlowPorts {
  source: number;
  destination: number;
  oneWay: boolean;
}

/**
 * The ports that go into the hash: the port fields for TCP, UDP and SCTP; for ICMP the type and
 * code (from icmptype/icmpcode, else from the port fields) mapped as the specification's ICMP
 * rules say. Undefined when the flow hashes without ports; null for invalid input.
 */
function flowPorts(event: Event, args: CommunityIdArgs, protocol: number): FlowPorts | undefined | null {
  const icmp = protocol === ICMP || protocol === ICMP6;
  if (!icmp && !WITH_PORTS.has(protocol)) {
    return undefined;
  }

  const sourceField = icmp && args.icmptype !== undefined ? args.icmptype : args.sourceport;
  const destinationField = icmp && args.icmpcode !== undefined ? args.icmpcode : args.destinationport;
  if (sourceField === undefined || destinationField === undefined) {
    return undefined;
  }

  const source = readPort(event, sourceField);
  const destination = readPort(event, destinationField);
  if (source === undefined || destination === undefined) {
    return null;
  }

  if (!icmp) {
    return { source, destination, oneWay: false };
  }

  const reply = (protocol === ICMP ? ICMP_PAIRS : ICMP6_PAIRS).get(source);
  return reply === undefined ? { source, destination, oneWay: true } : { source, destination: reply, oneWay: false };
}

function isGreater(a: { address: Buffer; port: number | undefined }, b: { address: Buffer; port: number | undefined }): boolean {
  const order = Buffer.compare(a.address, b.address);
  return order > 0 || (order === 0 && (a.port ?? 0) > (b.port ?? 0));
}

function readAddress(event: Event, field: string): Address | undefined {
  const text = event.get(field);
  return text === undefined ? undefined : parseAddress(text.trim());
}

function readProtocol(text: string | undefined): number | undefined {
  if (text === undefined) {
    return undefined;
  }
  const trimmed = text.trim().toLowerCase();
  const number = /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : PROTOCOLS[trimmed];
  return number !== undefined && number <= 255 ? number : undefined;
}

function readPort(event: Event, field: string): number | undefined {
  const text = event.get(field)?.trim();
  if (text === undefined || !/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    return undefined;
  }
  return Number(text);
}

function uint16(value: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(value);
  return bytes;
}
