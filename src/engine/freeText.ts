/**
 * Free-text search: a bare word, quoted string or `/regex/` filter term, and wildcard() without
 * a field, look at every field of the event as it entered the query except `@id`, `@timestamp`,
 * `@ingesttimestamp` and tags (docs pages syntax-filters and functions-wildcard).
 */
import { originalOf, type Event } from "./event.js";

const EXCLUDED_FIELDS = new Set(["@id", "@timestamp", "@ingesttimestamp"]);

/** Tells whether free text searches the field `name`. */
export function searchedByFreeText(name: string): boolean {
  return !EXCLUDED_FIELDS.has(name) && !name.startsWith("#");
}

/** Tells whether `matches` accepts the value of some searched field of the event's input form. */
export function freeTextMatches(event: Event, matches: (text: string) => boolean): boolean {
  for (const [name, text] of originalOf(event)) {
    if (searchedByFreeText(name) && matches(text)) {
      return true;
    }
  }
  return false;
}
