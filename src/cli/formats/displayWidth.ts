/**
 * The number of terminal columns a string takes. Combining marks and zero-width characters take
 * none; East Asian wide and fullwidth characters and most emoji take two.
 * NOTE: this is an approximation of Unicode's East Asian Width property, not a full table; rare
 * characters may be measured one column off, which only shifts the alignment of that row.
 */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high);
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint < 0x300) {
      width++;
    } else if (!ZERO_WIDTH.test(character)) {
      width += isWide(codePoint) ? 2 : 1;
    }
  }
  return width;
}
