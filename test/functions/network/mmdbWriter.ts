/**
 * Writes small MaxMind DB (.mmdb) files for tests, following the MaxMind DB File Format
 * Specification 2.0: an IPv4 search tree with 24-bit records, a data section, and the metadata
 * map after the `\xAB\xCD\xEFMaxMind.com` marker. Only the value types the tests need are
 * encoded: strings, maps, doubles and unsigned integers.
 */

export type MmdbValue = string | number | { [key: string]: MmdbValue };

/** A network in CIDR notation and the record its addresses map to. */
export interface MmdbEntry {
  network: string;
  record: { [key: string]: MmdbValue };
}

const METADATA_MARKER = Buffer.from([0xab, 0xcd, 0xef, ...Buffer.from("MaxMind.com")]);

export function writeMmdb(databaseType: string, entries: readonly MmdbEntry[]): Buffer {
  const data: Buffer[] = [];
  let dataLength = 0;
  const tree: ({ node: number } | { data: number } | undefined)[][] = [[undefined, undefined]];

  for (const entry of entries) {
    const encoded = encode(entry.record);
    insert(tree, entry.network, dataLength);
    data.push(encoded);
    dataLength += encoded.length;
  }

  const nodeCount = tree.length;
  const treeBytes = Buffer.alloc(nodeCount * 6);
  tree.forEach((node, index) => {
    node.forEach((record, side) => {
      // A record points to a node, to data (past the 16-byte separator), or to nothing (node count).
      let value = nodeCount;
      if (record !== undefined) {
        value = "node" in record ? record.node : nodeCount + 16 + record.data;
      }
      treeBytes.writeUIntBE(value, index * 6 + side * 3, 3);
    });
  });

  const metadata = encode({
    node_count: nodeCount,
    record_size: 24,
    ip_version: 4,
    database_type: databaseType,
    binary_format_major_version: 2,
    binary_format_minor_version: 0,
    build_epoch: 1_700_000_000,
    description: { en: "logscale-cql test database" },
  });

  return Buffer.concat([treeBytes, Buffer.alloc(16), ...data, METADATA_MARKER, metadata]);
}

function insert(tree: ({ node: number } | { data: number } | undefined)[][], network: string, offset: number): void {
  const [address, prefixText] = network.split("/") as [string, string];
  const value = address.split(".").reduce((sum, part) => sum * 256 + Number(part), 0);
  const prefix = Number(prefixText);
  let node = 0;

  for (let bit = 0; bit < prefix; bit += 1) {
    const side = Math.floor(value / 2 ** (31 - bit)) % 2;
    const records = tree[node] as ({ node: number } | { data: number } | undefined)[];
    if (bit === prefix - 1) {
      records[side] = { data: offset };
      return;
    }

    const next = records[side];
    if (next !== undefined && "node" in next) {
      node = next.node;
    } else {
      tree.push([undefined, undefined]);
      records[side] = { node: tree.length - 1 };
      node = tree.length - 1;
    }
  }
}

function encode(value: MmdbValue): Buffer {
  if (typeof value === "string") {
    const bytes = Buffer.from(value, "utf8");
    return Buffer.concat([control(2, bytes.length), bytes]);
  }

  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value < 2 ** 32 ? unsigned(value) : double(value);
  }

  const parts = Object.entries(value).flatMap(([key, member]) => [encode(key), encode(member)]);
  return Buffer.concat([control(7, Object.keys(value).length), ...parts]);
}

function unsigned(value: number): Buffer {
  const length = value === 0 ? 0 : Math.ceil(Math.log2(value + 1) / 8);
  const bytes = Buffer.alloc(length);
  if (length > 0) {
    bytes.writeUIntBE(value, 0, length);
  }
  return Buffer.concat([control(6, length), bytes]);
}

function double(value: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleBE(value);
  return Buffer.concat([control(3, 8), bytes]);
}

/** Builds the control byte: type in the top three bits, size in the low five (sizes under 285 only). */
function control(type: number, size: number): Buffer {
  if (size < 29) {
    return Buffer.from([(type << 5) | size]);
  }
  return Buffer.from([(type << 5) | 29, size - 29]);
}
