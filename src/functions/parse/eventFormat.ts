/** Pieces CEF and LEEF share: a pipe-separated header and key=value extensions. */

/**
 * Splits `count` header fields separated by `|` (where `\|` and `\\` are escapes) from the
 * start of a message; `rest` is what follows the last of them.
 */
export function splitHeader(message: string, count: number): { fields: string[]; rest: string } {
  const fields: string[] = [];
  let current = "";
  let position = 0;

  while (position < message.length && fields.length < count) {
    const char = message[position] as string;
    if (char === "\\" && (message[position + 1] === "|" || message[position + 1] === "\\")) {
      current += message[position + 1];
      position += 2;
      continue;
    }
    if (char === "|") {
      fields.push(current);
      current = "";
    } else {
      current += char;
    }
    position += 1;
  }

  return { fields, rest: message.slice(position) };
}

/**
 * Reads `key=value` pairs separated by any of the characters in `separators`. A value runs up
 * to the separator that starts the next `key=`, so it may contain spaces. `\=`, `\\`, `\n` and
 * `\r` are escapes (the CEF extension rules).
 */
export function extensionPairs(text: string, separators: string): [string, string][] {
  const separatorClass = `[${separators.replace(/[\]\\^-]/g, "\\$&")}]`;
  const keyStart = new RegExp(`(?:^|${separatorClass})([A-Za-z0-9_.\\[\\]-]+)=`, "g");
  const starts: { key: string; start: number; valueStart: number }[] = [];

  for (const match of text.matchAll(keyStart)) {
    const key = match[1] as string;
    const valueStart = match.index + match[0].length;
    starts.push({ key, start: valueStart - key.length - 1, valueStart });
  }

  return starts.map((entry, index) => {
    const next = starts[index + 1];
    // The next key's separator ends this value.
    const end = next === undefined ? text.length : Math.max(next.start - 1, entry.valueStart);
    return [entry.key, unescapeValue(trimSpacesEnd(text.slice(entry.valueStart, end)))];
  });
}

/** Removes trailing spaces and tabs (a loop, so a long run of spaces costs linear time). */
function trimSpacesEnd(value: string): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === " " || value[end - 1] === "\t")) {
    end -= 1;
  }
  return value.slice(0, end);
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r" };

function unescapeValue(value: string): string {
  return value.replace(/\\([=\\nr|])/g, (_, char: string) => ESCAPES[char] ?? char);
}
