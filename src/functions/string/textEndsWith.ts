/** text:endsWith(): keeps events whose text ends with a substring. */
import { textPredicate } from "./textPredicate.js";

export const textEndsWith = textPredicate({
  name: "text:endsWith",
  docsPage: "functions-text-endswith",
  summary: "Keeps events where the string expression ends with the substring expression (case-sensitive).",
  substringDescription: "The text the string must end with.",
  test: (text, substring) => text.endsWith(substring),
});
