// A small, strict XML reader for the add-in manifest: elements, attributes and text only.
// Enough for a file we write ourselves; the XSD check (xmllint) covers everything else.
// Pure: no file access, no Node or DOM APIs.

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  /** Name without the namespace prefix, e.g. "Image". */
  localName: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text directly inside this element, entities decoded, trimmed. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? whole;
  });
}

function localNameOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes[match[1]] = decodeEntities(match[3] ?? match[4] ?? "");
  }
  return attributes;
}

/** Index just past the ">" that ends the start tag opened at `open`, skipping quoted attribute values. */
function startTagEnd(source: string, open: number): number {
  let quote: string | null = null;
  for (let index = open + 1; index < source.length; index++) {
    const character = source[index];
    if (quote) {
      if (character === quote) quote = null;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === ">") {
      return index + 1;
    }
  }
  throw new Error(`XML: unterminated start tag at offset ${open}`);
}

/** Parses an XML document and returns its root element. Throws an Error on malformed input. */
export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  let root: XmlElement | null = null;
  let position = 0;

  const appendText = (raw: string): void => {
    if (stack.length > 0) texts[texts.length - 1].push(raw);
    else if (raw.trim() !== "")
      throw new Error(`XML: text outside the root element at offset ${position}`);
  };

  while (position < source.length) {
    const open = source.indexOf("<", position);
    if (open < 0) {
      appendText(source.slice(position));
      break;
    }
    if (open > position) appendText(decodeEntities(source.slice(position, open)));

    const skipTo = (terminator: string, what: string): number => {
      const end = source.indexOf(terminator, open);
      if (end < 0) throw new Error(`XML: unterminated ${what} at offset ${open}`);
      return end + terminator.length;
    };

    if (source.startsWith("<!--", open)) {
      position = skipTo("-->", "comment");
    } else if (source.startsWith("<![CDATA[", open)) {
      const end = skipTo("]]>", "CDATA section");
      appendText(source.slice(open + 9, end - 3));
      position = end;
    } else if (source.startsWith("<?", open)) {
      position = skipTo("?>", "processing instruction");
    } else if (source.startsWith("<!", open)) {
      position = skipTo(">", "declaration");
    } else if (source.startsWith("</", open)) {
      const end = skipTo(">", "end tag");
      const name = source.slice(open + 2, end - 1).trim();
      const element = stack.pop();
      if (!element || element.name !== name) {
        throw new Error(
          `XML: </${name}> at offset ${open} does not close <${element?.name ?? "nothing"}>`
        );
      }
      element.text = (texts.pop() ?? []).join("").trim();
      position = end;
    } else {
      const end = startTagEnd(source, open);
      const inner = source.slice(open + 1, end - 1);
      const selfClosing = inner.endsWith("/");
      const body = selfClosing ? inner.slice(0, -1) : inner;
      const nameMatch = /^[^\s/>]+/.exec(body);
      if (!nameMatch) throw new Error(`XML: start tag without a name at offset ${open}`);
      const name = nameMatch[0];
      const element: XmlElement = {
        name,
        localName: localNameOf(name),
        attributes: parseAttributes(body.slice(name.length)),
        children: [],
        text: "",
      };
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) throw new Error(`XML: a second root element <${name}> at offset ${open}`);
      else root = element;
      if (!selfClosing) {
        stack.push(element);
        texts.push([]);
      }
      position = end;
    }
  }
  if (stack.length > 0) throw new Error(`XML: <${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error("XML: no root element");
  return root;
}

/** Every element of the tree, depth first, with its ancestors (outermost first). */
export function* walk(
  element: XmlElement,
  ancestors: XmlElement[] = []
): Generator<{ element: XmlElement; ancestors: XmlElement[] }> {
  yield { element, ancestors };
  for (const child of element.children) yield* walk(child, [...ancestors, element]);
}

/** The first direct child with this local name. */
export function child(element: XmlElement, localName: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.localName === localName);
}
