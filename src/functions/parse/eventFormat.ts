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

const KEY_AT = /([A-Za-z0-9_.[\]-]+)=/y;

/**
 * Reads `key=value` pairs. A value runs up to the separator that starts the next `key=`, so it
 * may hold spaces; `\=`, `\\`, `\n` and `\r` are escapes (the CEF extension rules).
 */
export function extensionPairs(text: string, separator: RegExp): [string, string][] {
  const starts: { key: string; valueStart: number; start: number }[] = [];
  let position = 0;

  while (position < text.length) {
    const atStart = position === 0 || separator.test(text[position - 1] as string);
    if (atStart) {
      KEY_AT.lastIndex = position;
      const match = KEY_AT.exec(text);
      if (match !== null) {
        starts.push({ key: match[1] as string, valueStart: position + match[0].length, start: position });
        position += match[0].length;
        continue;
      }
    }
    position += text[position] === "\\" ? 2 : 1;
  }

  return starts.map((entry, index) => {
    const end = index + 1 < starts.length ? (starts[index + 1] as { start: number }).start - 1 : text.length;
    return [entry.key, unescapeValue(text.slice(entry.valueStart, Math.max(end, entry.valueStart)).replace(/[ \t]+$/, ""))];
  });
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r" };

function unescapeValue(value: string): string {
  return value.replace(/\\([=\\nr|])/g, (_, char: string) => ESCAPES[char] ?? char);
}
