/**
 * A small XML reader for parseXml(): elements, attributes, text, CDATA and the predefined and
 * numeric entities. Declarations, comments, processing instructions and DOCTYPE are skipped;
 * DTD entities are never expanded, so a hostile document cannot blow up in size.
 */

export interface XmlElement {
  name: string;
  attributes: [string, string][];
  children: XmlElement[];
  /** The element's own text (CDATA included), joined. */
  text: string;
}

/** Elements nested deeper than this make the document invalid rather than risking the stack. */
const MAX_DEPTH = 256;

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Reads an XML document; returns null when it is not well-formed. */
export function readXml(text: string): XmlElement | null {
  const reader = new XmlReader(text);
  try {
    reader.skipMisc();
    const root = reader.element(0);
    reader.skipMisc();
    return reader.atEnd() ? root : null;
  } catch (error) {
    if (error instanceof SyntaxError) {
      return null;
    }
    throw error;
  }
}

class XmlReader {
  private position = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  /** Skips whitespace, the declaration, comments, processing instructions and DOCTYPE. */
  skipMisc(): void {
    for (;;) {
      while (/\s/.test(this.text[this.position] ?? "")) {
        this.position += 1;
      }
      if (this.text.startsWith("<?", this.position)) {
        this.skipPast("?>");
      } else if (this.text.startsWith("<!--", this.position)) {
        this.skipPast("-->");
      } else if (this.text.startsWith("<!DOCTYPE", this.position)) {
        this.skipDoctype();
      } else {
        return;
      }
    }
  }

  element(depth: number): XmlElement {
    if (depth > MAX_DEPTH || this.text[this.position] !== "<") {
      throw new SyntaxError("expected an element");
    }
    this.position += 1;

    const name = this.name();
    const element: XmlElement = { name, attributes: [], children: [], text: "" };
    this.readAttributes(element);

    if (this.text.startsWith("/>", this.position)) {
      this.position += 2;
      return element;
    }
    this.expect(">");

    this.readContent(element, depth);
    this.expect(name);
    while (/\s/.test(this.text[this.position] ?? "")) {
      this.position += 1;
    }
    this.expect(">");
    return element;
  }

  private readAttributes(element: XmlElement): void {
    for (;;) {
      ATTRIBUTE.lastIndex = this.position;
      const match = ATTRIBUTE.exec(this.text);
      if (match === null) {
        break;
      }
      element.attributes.push([match[1] as string, decodeEntities(match[2] ?? match[3] ?? "")]);
      this.position += match[0].length;
    }
    while (/\s/.test(this.text[this.position] ?? "")) {
      this.position += 1;
    }
  }

  /** Reads text and child elements up to and including the `</` of the closing tag. */
  private readContent(element: XmlElement, depth: number): void {
    for (;;) {
      const next = this.text.indexOf("<", this.position);
      if (next === -1) {
        throw new SyntaxError("unclosed element");
      }
      element.text += decodeEntities(this.text.slice(this.position, next));
      this.position = next;

      if (this.text.startsWith("</", this.position)) {
        this.position += 2;
        return;
      }
      if (this.text.startsWith("<![CDATA[", this.position)) {
        const end = this.text.indexOf("]]>", this.position);
        if (end === -1) {
          throw new SyntaxError("unclosed CDATA");
        }
        element.text += this.text.slice(this.position + 9, end);
        this.position = end + 3;
      } else if (this.text.startsWith("<!--", this.position)) {
        this.skipPast("-->");
      } else if (this.text.startsWith("<?", this.position)) {
        this.skipPast("?>");
      } else {
        element.children.push(this.element(depth + 1));
      }
    }
  }

  private name(): string {
    NAME.lastIndex = this.position;
    const match = NAME.exec(this.text);
    if (match === null) {
      throw new SyntaxError("expected a name");
    }
    this.position += match[0].length;
    return match[0];
  }

  private expect(text: string): void {
    if (!this.text.startsWith(text, this.position)) {
      throw new SyntaxError(`expected ${text}`);
    }
    this.position += text.length;
  }

  private skipPast(marker: string): void {
    const end = this.text.indexOf(marker, this.position);
    if (end === -1) {
      throw new SyntaxError(`missing ${marker}`);
    }
    this.position = end + marker.length;
  }

  /** Skips `<!DOCTYPE ...>`, including an internal subset in brackets. */
  private skipDoctype(): void {
    const subset = this.text.indexOf("[", this.position);
    const close = this.text.indexOf(">", this.position);
    if (subset !== -1 && subset < close) {
      this.position = subset;
      this.skipPast("]");
    }
    this.skipPast(">");
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes("&")) {
    return text;
  }

  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, entity: string) => {
    if (entity.startsWith("#")) {
      const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity] ?? whole;
  });
}
