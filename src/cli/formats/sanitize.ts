/**
 * Makes untrusted field values safe to print on a terminal. Control characters (C0, DEL and C1,
 * which includes the CSI that starts escape sequences) are shown as `\xNN` escapes, so a value
 * cannot move the cursor, change colours or rewrite earlier output. Bidirectional formatting
 * characters and the Unicode line and paragraph separators are shown as `\uNNNN`, so a value
 * cannot reorder or split what the reader sees (the "Trojan Source" attack, CVE-2021-42574).
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => {
    if (character === "\t") return "\\t";
    if (character === "\r") return "\\r";
    if (character === "\n") return "\\n";

    const code = character.charCodeAt(0);
    return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/** The characters JSON.stringify leaves as they are but a terminal would act on. */
const JSON_UNESCAPED_CONTROLS = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Serialises a result row as one line of JSON. JSON.stringify already escapes C0 controls; DEL,
 * C1 controls and the bidirectional and separator characters above are escaped too, which keeps
 * the line valid JSON with the same value.
 */
export function rowToJson(row: Record<string, string>): string {
  return JSON.stringify(row).replace(JSON_UNESCAPED_CONTROLS, (character) => `\\u${hex(character.charCodeAt(0), 4)}`);
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, "0");
}
