/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby's public-domain algorithm), over bytes. The
 * non-cryptographic hash functions use it: LogScale does not document its own algorithm, so
 * the values differ from LogScale's while keeping the documented properties (deterministic,
 * seedable, 32-bit).
 */
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

export function murmur3(bytes: Uint8Array, seed: number): number {
  let hash = seed >>> 0;
  const blocks = bytes.length - (bytes.length % 4);

  for (let index = 0; index < blocks; index += 4) {
    const block = (bytes[index] as number) | ((bytes[index + 1] as number) << 8) | ((bytes[index + 2] as number) << 16) | ((bytes[index + 3] as number) << 24);
    hash ^= mixBlock(block);
    hash = rotateLeft(hash, 13);
    hash = (Math.imul(hash, 5) + 0xe6546b64) | 0;
  }

  const remaining = bytes.length % 4;
  if (remaining > 0) {
    let tail = 0;
    for (let offset = remaining - 1; offset >= 0; offset -= 1) {
      tail = (tail << 8) | (bytes[blocks + offset] as number);
    }
    hash ^= mixBlock(tail);
  }

  hash ^= bytes.length;
  return finalMix(hash) >>> 0;
}

function mixBlock(block: number): number {
  let mixed = Math.imul(block, C1);
  mixed = rotateLeft(mixed, 15);
  return Math.imul(mixed, C2);
}

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

function finalMix(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash;
}
