/**
 * A set of IPv4 and IPv6 subnets for testing whether an address falls in any of them. Subnets
 * are grouped by prefix length, so a test costs one lookup per distinct prefix length, however
 * many subnets a lookup file lists.
 */
import { parseAddress, type Address, type Subnet } from "../lookup/subnet.js";

export class SubnetSet {
  /** Per family width and prefix length: the network addresses. */
  private readonly groups: { bits: 32 | 128; prefix: number; mask: bigint; networks: Set<bigint> }[] = [];

  constructor(subnets: Iterable<Subnet>) {
    for (const subnet of subnets) {
      let group = this.groups.find((entry) => entry.bits === subnet.bits && entry.prefix === subnet.prefix);
      if (group === undefined) {
        group = { bits: subnet.bits, prefix: subnet.prefix, mask: prefixMask(subnet.bits, subnet.prefix), networks: new Set() };
        this.groups.push(group);
      }
      group.networks.add(subnet.network);
    }
  }

  /** Tells whether the address is in one of the subnets (never across IPv4 and IPv6). */
  containsAddress(address: Address): boolean {
    return this.groups.some((group) => group.bits === address.bits && group.networks.has(address.value & group.mask));
  }

  /** Tells whether the text is an address in one of the subnets; false for text that is no address. */
  contains(text: string): boolean {
    const address = parseAddress(text);
    return address !== undefined && this.containsAddress(address);
  }
}

/** Builds the mask that keeps the first `prefix` bits of a `bits`-wide address. */
export function prefixMask(bits: number, prefix: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return prefix === 0 ? 0n : all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

/** Prints an IPv4 address held as a number. */
export function formatIPv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
}

/** Converts an address to bytes in network order: 4 for IPv4, 16 for IPv6. */
export function addressBytes(address: Address): Buffer {
  const length = address.bits / 8;
  const bytes = Buffer.alloc(length);
  let value = address.value;
  for (let index = length - 1; index >= 0; index -= 1) {
    bytes[index] = Number(value & 0xffn);
    value >>= 8n;
  }
  return bytes;
}
