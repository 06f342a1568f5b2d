/** text:contains(): keeps events whose text contains a substring. */
import { textPredicate } from "./textPredicate.js";

export const textContains = textPredicate({
  name: "text:contains",
  docsPage: "functions-text-contains",
  summary: "Keeps events where the string expression contains the substring expression (case-sensitive, no wildcards).",
  substringDescription: "The text to look for; * is an ordinary character here.",
  test: (text, substring) => text.includes(substring),
});
