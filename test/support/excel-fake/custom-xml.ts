/**
 * Excel.CustomXmlPartCollection, CustomXmlPartScopedCollection and CustomXmlPart (ExcelApi 1.5) on the
 * fake: XML stored inside the workbook file, found by the default namespace of its root element.
 * `getXml()` gives a ClientResult whose `value` is readable only after the sync.
 */
import { officeError, propertyNotLoaded } from "./errors";
import { type FakeContext, FakeObject, WorkbookCollection } from "./proxy";
import type { WorkbookState } from "./state";

export interface CustomXmlPartState {
  id: string;
  namespaceUri: string;
  xml: string;
}

/** The parts of a workbook state, created on first use (older states have none). */
export function customXmlPartsOf(state: WorkbookState): CustomXmlPartState[] {
  return (state.customXmlParts ??= []);
}

/**
 * The root element's default namespace ("" when none). Throws InvalidArgument when the text has no
 * root element or its root is not closed, as Excel rejects XML that is not well-formed.
 */
export function rootNamespace(xml: string): string {
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/, "");
  const open = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)(\s[^>]*?)?(\/?)>/.exec(body);
  if (!open) throw officeError("InvalidArgument", "the XML has no root element");
  const [, name, attributes = "", selfClosing] = open;
  if (!selfClosing && !new RegExp(`</${name.replace(/[.]/g, "\\.")}\\s*>\\s*$`).test(body))
    throw officeError("InvalidArgument", `the root element <${name}> is not closed`);
  const prefix = name.includes(":") ? name.split(":")[0] : "";
  const attribute = prefix ? `xmlns:${prefix}` : "xmlns";
  const ns = new RegExp(`\\s${attribute}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
  return ns ? ns[2] : "";
}

/** A ClientResult<T>: `value` throws PropertyNotLoaded until the sync that computes it. */
export class FakeClientResult<T> {
  private done = false;
  private result: T | undefined;
  set(value: T): void {
    this.result = value;
    this.done = true;
  }
  get value(): T {
    if (!this.done) throw propertyNotLoaded("value");
    return this.result as T;
  }
}

export class CustomXmlPart extends FakeObject<CustomXmlPartState> {
  protected readonly scalars = ["id", "namespaceUri"] as const;
  bindTo(wire: Record<string, unknown>, resolve: () => CustomXmlPartState | null): void {
    this.bind(wire, resolve);
  }
  protected readScalar(name: string, part: CustomXmlPartState): unknown {
    return name === "id" ? part.id : part.namespaceUri;
  }
  get id(): string { return this.get("id"); }
  get namespaceUri(): string { return this.get("namespaceUri"); }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue({ o: "customXmlPart.getXml", p: this.path }, () => result.set(this.target().xml));
    return result;
  }
  /** Replaces the XML; the namespace follows the new root element. */
  setXml(xml: string): void {
    this.queue("customXmlPart.setXml", xml, (part) => {
      part.namespaceUri = rootNamespace(xml);
      part.xml = xml;
    });
  }
  delete(): void {
    this.queue("customXmlPart.delete", null, (part) => {
      const parts = customXmlPartsOf(this.ctx.state);
      parts.splice(parts.indexOf(part), 1);
      this.setTarget(null);
    });
  }
}

function partProxy(ctx: FakeContext, part: CustomXmlPartState): CustomXmlPart {
  const p = new CustomXmlPart(ctx);
  p.setTarget(part);
  return p;
}

/** The parts of one namespace (workbook.customXmlParts.getByNamespace). */
export class CustomXmlPartScopedCollection extends WorkbookCollection<CustomXmlPart> {
  constructor(
    ctx: FakeContext,
    private readonly namespaceUri: string,
  ) {
    super(ctx);
  }
  private matching(): CustomXmlPartState[] {
    return customXmlPartsOf(this.ctx.state).filter((p) => p.namespaceUri === this.namespaceUri);
  }
  protected members(): CustomXmlPart[] {
    return this.matching().map((p) => partProxy(this.ctx, p));
  }
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.ctx.enqueue({ o: "customXmlParts.scoped.getCount", a: this.namespaceUri }, () => result.set(this.matching().length));
    return result;
  }
  /** The one part of this namespace; InvalidOperation when there are none or several. */
  getOnlyItem(): CustomXmlPart {
    const p = new CustomXmlPart(this.ctx);
    p.bindTo({ o: "customXmlParts.scoped.getOnlyItem", a: this.namespaceUri }, () => {
      const found = this.matching();
      if (found.length !== 1) throw officeError("InvalidOperation", `${found.length} parts in ${this.namespaceUri}`);
      return found[0];
    });
    return p;
  }
  /** The one part of this namespace, or a null object when there are none or several. */
  getOnlyItemOrNullObject(): CustomXmlPart {
    const p = new CustomXmlPart(this.ctx);
    p.bindTo({ o: "customXmlParts.scoped.getOnlyItemOrNullObject", a: this.namespaceUri }, () => {
      const found = this.matching();
      return found.length === 1 ? found[0] : null;
    });
    return p;
  }
}

export class CustomXmlPartCollection extends WorkbookCollection<CustomXmlPart> {
  protected members(): CustomXmlPart[] {
    return customXmlPartsOf(this.ctx.state).map((p) => partProxy(this.ctx, p));
  }
  /** Adds a part; InvalidArgument when the XML has no (closed) root element. */
  add(xml: string): CustomXmlPart {
    const p = new CustomXmlPart(this.ctx);
    p.bindTo({ o: "customXmlParts.add", a: xml }, () => {
      const part = { id: `{${String(this.ctx.state.nextId++).padStart(8, "0")}-C0DE-4000-8000-000000000000}`, namespaceUri: rootNamespace(xml), xml };
      customXmlPartsOf(this.ctx.state).push(part);
      return part;
    });
    return p;
  }
  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollection {
    return new CustomXmlPartScopedCollection(this.ctx, namespaceUri);
  }
  /** The part with this id; ItemNotFound when there is none. */
  getItem(id: string): CustomXmlPart {
    const p = new CustomXmlPart(this.ctx);
    p.bindTo({ o: "customXmlParts.getItem", a: id }, () => {
      const found = customXmlPartsOf(this.ctx.state).find((x) => x.id === id);
      if (!found) throw officeError("ItemNotFound", `custom XML part ${id}`);
      return found;
    });
    return p;
  }
  getItemOrNullObject(id: string): CustomXmlPart {
    const p = new CustomXmlPart(this.ctx);
    p.bindTo({ o: "customXmlParts.getItemOrNullObject", a: id }, () => customXmlPartsOf(this.ctx.state).find((x) => x.id === id) ?? null);
    return p;
  }
}
