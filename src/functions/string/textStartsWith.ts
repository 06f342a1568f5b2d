/** text:startsWith(): keeps events whose text begins with a substring. */
import { textPredicate } from "./textPredicate.js";

export const textStartsWith = textPredicate({
  name: "text:startsWith",
  docsPage: "functions-text-startswith",
  summary: "Keeps events where the string expression begins with the substring expression (case-sensitive).",
  substringDescription: "The text the string must begin with.",
  test: (text, substring) => text.startsWith(substring),
});
