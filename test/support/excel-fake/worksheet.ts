/** Excel.Worksheet, WorksheetCollection, freeze panes, page layout and custom properties, on the fake. */
import { ChartCollection } from "./charts";
import { officeError } from "./errors";
import { FakeCollection, type FakeContext, FakeObject, WorkbookCollection } from "./proxy";
import { FakeRange, rangeOnSheet } from "./range";
import { sheetDeleted, sheetRenamed } from "./references";
import { type SheetState, checkBounds, checkSheetName, findSheet, newSheet, parseRange, usedBounds } from "./state";

export class FakeWorksheet extends FakeObject<SheetState> {
  protected readonly scalars = ["name", "id", "position", "visibility", "tabColor"] as const;
  private _charts?: ChartCollection;
  private _freeze?: FreezePanes;
  private _page?: PageLayout;
  private _props?: CustomPropertyCollection;

  static resolved(ctx: FakeContext, wire: Record<string, unknown>, resolve: () => SheetState | null): FakeWorksheet {
    const ws = new FakeWorksheet(ctx);
    ws.bind(wire, resolve);
    return ws;
  }

  protected readScalar(name: string, s: SheetState): unknown {
    switch (name) {
      case "name": return s.name;
      case "id": return `{sheet-${s.id}}`;
      case "position": return this.ctx.state.sheets.indexOf(s);
      case "visibility": return s.visibility;
      case "tabColor": return s.tabColor;
    }
    throw officeError("InvalidArgument", name);
  }

  get name(): string { return this.get("name"); }
  set name(v: string) {
    this.queue("name", v, (s) => {
      checkSheetName(v);
      const other = findSheet(this.ctx.state, v);
      if (other && other !== s) throw officeError("ItemAlreadyExists", `sheet ${v}`);
      sheetRenamed(this.ctx.state, s.name, v);
      s.name = v;
    });
  }
  get position(): number { return this.get("position"); }
  get visibility(): string { return this.get("visibility"); }
  set visibility(v: string) {
    this.queue("visibility", v, (s) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw officeError("InvalidArgument", v);
      s.visibility = v as SheetState["visibility"];
    });
  }
  get tabColor(): string { return this.get("tabColor"); }
  /** ExcelApi 1.7. */
  set tabColor(v: string) {
        this.queue("tabColor", v, (s) => {
      if (v !== "" && !/^#[0-9A-Fa-f]{6}$/.test(v)) throw officeError("InvalidArgument", v);
      s.tabColor = v.toUpperCase();
    });
  }

  /** Deleting the last visible sheet fails (Excel keeps at least one visible sheet). */
  delete(): void {
    this.queue("delete", null, (s) => {
      const wb = this.ctx.state;
      if (s.visibility === "Visible" && wb.sheets.filter((x) => x.visibility === "Visible").length === 1)
        throw officeError("InvalidOperation", "cannot delete the last visible sheet");
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      sheetDeleted(wb, s.name);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === "Visible")?.id ?? 0;
      this.setTarget(null);
    });
  }

  activate(): void {
    this.queue("activate", null, (s) => {
      this.ctx.state.activeSheetId = s.id;
      this.ctx.state.log.push(`activate ${s.name}`);
    });
  }

  getRange(address?: string): FakeRange {
    return FakeRange.resolved(this.ctx, { o: "getRange", from: this.path, a: address ?? "" }, () => rangeOnSheet(this.target(), address));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return FakeRange.resolved(this.ctx, { o: "getRangeByIndexes", from: this.path, a: [startRow, startColumn, rowCount, columnCount] }, () => {
      const rect = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
      checkBounds(rect);
      return { sheet: this.target(), rect };
    });
  }

  /** On a blank sheet getUsedRange gives A1; getUsedRangeOrNullObject gives a null object (Office.js docs). */
  getUsedRange(valuesOnly = false): FakeRange {
    return FakeRange.resolved(this.ctx, { o: "getUsedRange", from: this.path, a: valuesOnly }, () => {
      const sheet = this.target();
      return { sheet, rect: usedBounds(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return FakeRange.resolved(this.ctx, { o: "getUsedRangeOrNullObject", from: this.path, a: valuesOnly }, () => {
      if (this.targetIsNull()) return null;
      const sheet = this.target();
      const rect = usedBounds(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }

  get charts(): ChartCollection { return (this._charts ??= new ChartCollection(this.ctx, () => this.target())); }
  /** ExcelApi 1.7. */
  get freezePanes(): FreezePanes {
    return (this._freeze ??= new FreezePanes(this.ctx, () => this.target()));
  }
  /** ExcelApi 1.9. */
  get pageLayout(): PageLayout {
    return (this._page ??= new PageLayout(this.ctx, () => this.target()));
  }
  /** ExcelApi 1.9. */
  get horizontalPageBreaks(): PageBreakCollection {
    return (this._breaks ??= new PageBreakCollection(this.ctx, () => this.target()));
  }
  private _breaks?: PageBreakCollection;
  /** ExcelApi 1.12. */
  get customProperties(): CustomPropertyCollection {
    return (this._props ??= new CustomPropertyCollection(this.ctx, () => (this.targetIsNull() ? null : this.target())));
  }
}

export class WorksheetCollection extends WorkbookCollection<FakeWorksheet> {
  protected members(): FakeWorksheet[] {
    return this.ctx.state.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx);
      ws.setTarget(s);
      return ws;
    });
  }
  getItem(name: string): FakeWorksheet {
    return FakeWorksheet.resolved(this.ctx, { o: "worksheets.getItem", a: name }, () => {
      const s = findSheet(this.ctx.state, name);
      if (!s) throw officeError("ItemNotFound", `sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return FakeWorksheet.resolved(this.ctx, { o: "worksheets.getItemOrNullObject", a: name }, () => findSheet(this.ctx.state, name) ?? null);
  }
  /** Adds at the end. A taken name (case-insensitive) fails with ItemAlreadyExists; a bad one with InvalidArgument. */
  add(name?: string): FakeWorksheet {
    return FakeWorksheet.resolved(this.ctx, { o: "worksheets.add", a: name ?? "" }, () => {
      let n = name;
      if (n === undefined) for (let i = 1; findSheet(this.ctx.state, (n = `Sheet${i}`)); i++);
      return newSheet(this.ctx.state, n as string);
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return FakeWorksheet.resolved(this.ctx, { o: "worksheets.getActiveWorksheet" }, () => {
      const s = this.ctx.state.sheets.find((x) => x.id === this.ctx.state.activeSheetId);
      if (!s) throw officeError("ItemNotFound", "active sheet");
      return s;
    });
  }
}

export class FreezePanes extends FakeObject<SheetState> {
  protected readonly scalars = [] as const;
  protected readScalar(): unknown { return undefined; }
  freezeRows(count = 1): void { this.queue("freezeRows", count, (s) => { s.freeze = { rows: count, columns: 0 }; }); }
  freezeColumns(count = 1): void { this.queue("freezeColumns", count, (s) => { s.freeze = { rows: 0, columns: count }; }); }
  /** freezeAt(range): the range's cells are the frozen top-left pane. The fake takes an address. */
  freezeAt(frozen: string | FakeRange): void {
    this.queue("freezeAt", typeof frozen === "string" ? frozen : frozen.path, (s) => {
      const rect = typeof frozen === "string" ? parseRange(frozen) : frozen.target().rect;
      if (rect.top !== 1 || rect.left !== 1) throw officeError("InvalidArgument", "freezeAt needs a range from A1");
      s.freeze = { rows: rect.bottom, columns: rect.right };
    });
  }
  unfreeze(): void { this.queue("unfreeze", null, (s) => { s.freeze = null; }); }
}

type MarginName = "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin";
/** Excel's "Normal" margins, in points. */
const DEFAULT_MARGINS: Record<MarginName, number> = {
  leftMargin: 50.4, rightMargin: 50.4, topMargin: 54, bottomMargin: 54, headerMargin: 21.6, footerMargin: 21.6,
};
/** Margins in points (ExcelApi 1.9); Excel refuses a negative one. */
function setMargin(n: MarginName, v: number): (s: SheetState) => void {
  return (s) => {
    if (!(v >= 0)) throw officeError("InvalidArgument", n);
    (s.pageLayout.margins ??= {})[n] = v;
  };
}

export class PageLayout extends FakeObject<SheetState> {
  protected readonly scalars = [
    "orientation", "paperSize", "zoom",
    "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin",
  ] as const;
  readonly headersFooters: { defaultForAllPages: HeaderFooter };
  constructor(ctx: FakeContext, derive: () => SheetState) {
    super(ctx, derive);
    this.headersFooters = { defaultForAllPages: new HeaderFooter(ctx, derive) };
  }
  protected readScalar(n: string, s: SheetState): unknown {
    const p = s.pageLayout;
    if (n.endsWith("Margin")) return p.margins?.[n as MarginName] ?? DEFAULT_MARGINS[n as MarginName];
    return n === "orientation" ? (p.orientation ?? "Portrait") : n === "paperSize" ? (p.paperSize ?? "Letter") : { ...p.zoom };
  }
  get leftMargin(): number { return this.get("leftMargin"); }
  set leftMargin(v: number) { this.queue("leftMargin", v, setMargin("leftMargin", v)); }
  get rightMargin(): number { return this.get("rightMargin"); }
  set rightMargin(v: number) { this.queue("rightMargin", v, setMargin("rightMargin", v)); }
  get topMargin(): number { return this.get("topMargin"); }
  set topMargin(v: number) { this.queue("topMargin", v, setMargin("topMargin", v)); }
  get bottomMargin(): number { return this.get("bottomMargin"); }
  set bottomMargin(v: number) { this.queue("bottomMargin", v, setMargin("bottomMargin", v)); }
  get headerMargin(): number { return this.get("headerMargin"); }
  set headerMargin(v: number) { this.queue("headerMargin", v, setMargin("headerMargin", v)); }
  get footerMargin(): number { return this.get("footerMargin"); }
  set footerMargin(v: number) { this.queue("footerMargin", v, setMargin("footerMargin", v)); }
  get orientation(): string { return this.get("orientation"); }
  set orientation(v: string) {
    this.queue("orientation", v, (s) => {
      if (v !== "Portrait" && v !== "Landscape") throw officeError("InvalidArgument", v);
      s.pageLayout.orientation = v;
    });
  }
  get paperSize(): string { return this.get("paperSize"); }
  set paperSize(v: string) { this.queue("paperSize", v, (s) => { s.pageLayout.paperSize = v; }); }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } { return this.get("zoom"); }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.queue("zoom", v, (s) => {
      if (v.scale !== undefined && (v.scale < 10 || v.scale > 400)) throw officeError("InvalidArgument", "zoom.scale");
      s.pageLayout.zoom = { ...v };
    });
  }
  /** Rows repeated at the top of each printed page, e.g. "$3:$4". */
  setPrintTitleRows(rows: string | FakeRange): void {
    if (typeof rows !== "string") throw officeError("InvalidArgument", "the fake takes an address");
    this.queue("setPrintTitleRows", rows, (s) => {
      const rect = parseRange(rows);
      if (rect.left !== 1 || rect.right !== 16384) throw officeError("InvalidArgument", "print title rows must be whole rows");
      s.pageLayout.printTitleRows = rows;
    });
  }
  /** The printed range, e.g. "A1:H40" (the fake takes an address). */
  setPrintArea(area: string | FakeRange): void {
    if (typeof area !== "string") throw officeError("InvalidArgument", "the fake takes an address");
    this.queue("setPrintArea", area, (s) => {
      parseRange(area);
      s.pageLayout.printArea = area;
    });
  }
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): a page starts at the top row of each range added. */
export class PageBreakCollection extends FakeObject<SheetState> {
  protected readonly scalars = [] as const;
  protected readScalar(): unknown { return undefined; }
  add(at: string | FakeRange): void {
    if (typeof at !== "string") throw officeError("InvalidArgument", "the fake takes an address");
    this.queue("horizontalPageBreaks.add", at, (s) => {
      (s.pageLayout.rowBreaks ??= []).push(parseRange(at).top);
    });
  }
}

export class HeaderFooter extends FakeObject<SheetState> {
  protected readonly scalars = ["centerFooter"] as const;
  protected readScalar(_n: string, s: SheetState): unknown { return s.pageLayout.centerFooter ?? ""; }
  get centerFooter(): string { return this.get("centerFooter"); }
  set centerFooter(v: string) { this.queue("centerFooter", v, (s) => { s.pageLayout.centerFooter = v; }); }
}

interface PropTarget {
  sheet: SheetState;
  key: string;
}

export class CustomPropertyCollection extends FakeCollection<CustomProperty, SheetState> {
  protected members(sheet: SheetState): CustomProperty[] {
    return [...sheet.customProperties.keys()].map((key) => {
      const p = new CustomProperty(this.ctx);
      p.setTarget({ sheet, key });
      return p;
    });
  }
  /** Adds, or sets the value when the key exists (keys are case-insensitive). */
  add(key: string, value: string): CustomProperty {
    const p = new CustomProperty(this.ctx);
    p.bindTo({ o: "customProperties.add", a: [key, value] }, () => {
      const sheet = this.target();
      if (key.length === 0 || key.length > 255) throw officeError("InvalidArgument", "key");
      const existing = [...sheet.customProperties.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
      sheet.customProperties.set(existing ?? key, String(value));
      return { sheet, key: existing ?? key };
    });
    return p;
  }
  getItemOrNullObject(key: string): CustomProperty {
    const p = new CustomProperty(this.ctx);
    p.bindTo({ o: "customProperties.getItemOrNullObject", a: key }, () => {
      if (this.targetIsNull()) return null;
      const sheet = this.target();
      const k = [...sheet.customProperties.keys()].find((x) => x.toLowerCase() === key.toLowerCase());
      return k === undefined ? null : { sheet, key: k };
    });
    return p;
  }
}

export class CustomProperty extends FakeObject<PropTarget> {
  protected readonly scalars = ["key", "value"] as const;
  bindTo(wire: Record<string, unknown>, resolve: () => PropTarget | null): void {
    this.bind(wire, resolve);
  }
  protected readScalar(n: string, t: PropTarget): unknown {
    return n === "key" ? t.key : t.sheet.customProperties.get(t.key);
  }
  get key(): string { return this.get("key"); }
  get value(): string { return this.get("value"); }
  delete(): void { this.queue("customProperty.delete", null, (t) => { t.sheet.customProperties.delete(t.key); }); }
}
