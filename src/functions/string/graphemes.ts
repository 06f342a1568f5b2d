/**
 * Splitting text into extended grapheme clusters, the characters as displayed. The text:
 * functions count and index in these (the flag 🇩🇰 is one character, functions-text-length).
 */
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** Splits `text` into its grapheme clusters, in order. */
export function graphemes(text: string): string[] {
  const clusters: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    clusters.push(segment);
  }
  return clusters;
}
