/**
 * The add-in's custom XML parts (settings, the % write-back record): a JSON value inside one element
 * `<tag xmlns="urn:…" version="N">{json, XML-escaped}</tag>`, one part per namespace. Shared by
 * settings-store.ts and percent-write-back.ts.
 */

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/g, (entity: string, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITIES[entity];
  });
}

/** The part's XML for `value`. */
export function jsonPartXml(tag: string, namespace: string, version: number, value: unknown): string {
  return `<${tag} xmlns="${namespace}" version="${version}">${escapeXml(JSON.stringify(value))}</${tag}>`;
}

/** The JSON text stored under `tag` (any prefix; declaration and CDATA allowed), or null when there is none. */
export function jsonTextFromPartXml(tag: string, xml: string): string | null {
  const match = new RegExp(`<(?:[\\w.-]+:)?${tag}\\b[^>]*>([\\s\\S]*)</(?:[\\w.-]+:)?${tag}\\s*>`).exec(xml);
  if (!match) return null;
  const inner = match[1].trim();
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(inner);
  return cdata ? cdata[1] : unescapeXml(inner);
}

/**
 * Queues the replacement of a namespace's parts (`ids`, as loaded) by one part holding `xml`: the
 * first is overwritten, duplicates (e.g. from sheets copied between workbooks) deleted, or a part added
 * when there is none. Applied at the caller's next sync.
 */
export function queuePartReplace(context: Excel.RequestContext, ids: readonly string[], xml: string): void {
  const all = context.workbook.customXmlParts;
  const [first, ...extras] = ids;
  if (first === undefined) {
    all.add(xml);
    return;
  }
  all.getItem(first).setXml(xml);
  for (const id of extras) all.getItem(id).delete();
}
