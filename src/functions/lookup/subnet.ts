/**
 * IPv4 and IPv6 addresses and subnets in CIDR notation, for match(mode=cidr), where each key of
 * the lookup table is a subnet and the most specific subnet containing the address wins (docs
 * page functions-match).
 */

/** An address as a number, with its family's width in bits. */
export interface Address {
  bits: 32 | 128;
  value: bigint;
}

export interface Subnet {
  bits: 32 | 128;
  /** The network address with the host bits cleared. */
  network: bigint;
  prefix: number;
}

/** Parses an IPv4 or IPv6 address; returns undefined for anything else. */
export function parseAddress(text: string): Address | undefined {
  if (text.includes(":")) {
    const value = parseIPv6(text);
    return value === undefined ? undefined : { bits: 128, value };
  }

  const value = parseIPv4(text);
  return value === undefined ? undefined : { bits: 32, value };
}

/** Parses `address/prefix`, or a lone address as a subnet of one host. */
export function parseSubnet(text: string): Subnet | undefined {
  const slash = text.indexOf("/");
  const address = parseAddress(slash === -1 ? text : text.slice(0, slash));
  if (address === undefined) {
    return undefined;
  }

  let prefix: number = address.bits;
  if (slash !== -1) {
    const prefixText = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > address.bits) {
      return undefined;
    }
    prefix = Number(prefixText);
  }

  return { bits: address.bits, network: address.value & mask(address.bits, prefix), prefix };
}

/** Tells whether the subnet contains the address (never across families). */
export function subnetContains(subnet: Subnet, address: Address): boolean {
  return subnet.bits === address.bits && (address.value & mask(subnet.bits, subnet.prefix)) === subnet.network;
}

function mask(bits: number, prefix: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return prefix === 0 ? 0n : all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) {
    return undefined;
  }

  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) {
      return undefined;
    }
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

/** Parses IPv6 text with `::` compression and an optional trailing dotted IPv4 part. */
function parseIPv6(text: string): bigint | undefined {
  const halves = text.split("::");
  if (halves.length > 2) {
    return undefined;
  }

  const head = groupsOf(halves[0] as string);
  const tail = halves.length === 2 ? groupsOf(halves[1] as string) : [];
  if (head === undefined || tail === undefined) {
    return undefined;
  }

  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) {
    return undefined;
  }

  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/** Reads the 16-bit groups of one side of `::`; a dotted IPv4 tail counts as two groups. */
function groupsOf(text: string): number[] | undefined {
  if (text === "") {
    return [];
  }

  const groups: number[] = [];
  const parts = text.split(":");
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1 && part.includes(".")) {
      const v4 = parseIPv4(part);
      if (v4 === undefined) {
        return undefined;
      }
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}
