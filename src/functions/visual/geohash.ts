/**
 * Geohash encoding: latitude and longitude to the base-32 cell name of the given length.
 * NOTE: geohash() in src/functions/network/geohash.ts has its own encoder, which puts a value on
 * a middle line in the upper half and so gives u10h... for the docs' Greenwich example; the two
 * should become one once that is settled.
 */

const BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";

/**
 * Encodes a position; bits alternate between longitude and latitude, longitude first. A value
 * on a cell's middle line goes to the lower half, which gives the docs' Greenwich example.
 */
export function encodeGeohash(latitude: number, longitude: number, precision: number): string {
  let latMin = -90;
  let latMax = 90;
  let lonMin = -180;
  let lonMax = 180;
  let hash = "";
  let bits = 0;
  let bitCount = 0;
  let evenBit = true;

  while (hash.length < precision) {
    if (evenBit) {
      const middle = (lonMin + lonMax) / 2;
      bits = (bits << 1) | (longitude > middle ? 1 : 0);
      if (longitude > middle) lonMin = middle;
      else lonMax = middle;
    } else {
      const middle = (latMin + latMax) / 2;
      bits = (bits << 1) | (latitude > middle ? 1 : 0);
      if (latitude > middle) latMin = middle;
      else latMax = middle;
    }
    evenBit = !evenBit;
    bitCount += 1;

    if (bitCount === 5) {
      hash += BASE32[bits];
      bits = 0;
      bitCount = 0;
    }
  }
  return hash;
}
