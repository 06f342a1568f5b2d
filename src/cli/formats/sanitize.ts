/**
 * Makes untrusted field values safe to print on a terminal. Control characters (C0, DEL and C1,
 * which includes the CSI that starts escape sequences) are shown as `\xNN` escapes, so a value
 * cannot move the cursor, change colours or rewrite earlier output.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => {
    if (character === "\t") return "\\t";
    if (character === "\r") return "\\r";
    if (character === "\n") return "\\n";
    return `\\x${character.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}

const JSON_UNESCAPED_CONTROLS = /[\u007f-\u009f]/g;

/**
 * Serialises a result row as one line of JSON. JSON.stringify already escapes C0 controls; DEL
 * and C1 controls are escaped too, which keeps the line valid JSON.
 */
export function rowToJson(row: Record<string, string>): string {
  return JSON.stringify(row).replace(
    JSON_UNESCAPED_CONTROLS,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
