/**
 * The character sets base64Decode() and base64Encode() accept (docs page
 * functions-base64decode): ISO-8859-1, UTF-8, UTF-16BE and UTF-16LE. Bytes that are invalid in
 * the chosen set decode to U+FFFD; characters ISO-8859-1 cannot hold encode as `?`, as in Java.
 */
import { oneOf } from "../schemas.js";

export const CHARSETS = ["UTF-8", "ISO-8859-1", "UTF-16BE", "UTF-16LE"] as const;
export type Charset = (typeof CHARSETS)[number];

/** The charset parameter, UTF-8 by default. */
export const charsetSchema = () => oneOf(CHARSETS, "UTF-8");

export function decodeBytes(bytes: Uint8Array, charset: Charset): string {
  switch (charset) {
    case "ISO-8859-1":
      return Array.from(bytes, (byte) => String.fromCharCode(byte)).join("");
    case "UTF-8":
      return new TextDecoder("utf-8").decode(bytes);
    case "UTF-16LE":
      return new TextDecoder("utf-16le").decode(bytes);
    case "UTF-16BE":
      return decodeUtf16BigEndian(bytes);
  }
}

export function encodeText(text: string, charset: Charset): Uint8Array {
  switch (charset) {
    case "ISO-8859-1":
      return Uint8Array.from(text, (char) => (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f));
    case "UTF-8":
      return new TextEncoder().encode(text);
    case "UTF-16LE":
    case "UTF-16BE":
      return encodeUtf16(text, charset === "UTF-16LE");
  }
}

function decodeUtf16BigEndian(bytes: Uint8Array): string {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    swapped[index] = bytes[index + 1] as number;
    swapped[index + 1] = bytes[index] as number;
  }
  const text = new TextDecoder("utf-16le").decode(swapped);
  return bytes.length % 2 === 1 ? text + "\ufffd" : text;
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes[index * 2] = littleEndian ? unit & 0xff : unit >> 8;
    bytes[index * 2 + 1] = littleEndian ? unit >> 8 : unit & 0xff;
  }
  return bytes;
}
