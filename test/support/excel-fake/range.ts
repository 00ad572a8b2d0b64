/** Excel.Range, its format (font, fill, borders) and Excel.RangeAreas, on the fake. */
import type { CellRange } from "../../../src/core/grid";
import {
  type CellState, type Edge, EDGES, enterValue, enterWrittenValue, readFormula, readText, readValue, readValueType,
} from "./cells";
import { officeError } from "./errors";
import { calculate } from "./formulas";
import { noteCellsRead } from "./read-limits";
import { ConditionalFormatCollection } from "./conditional-formats";
import { DataValidation } from "./data-validation";
import { FakeCollection, type FakeContext, FakeObject } from "./proxy";
import { type SheetState, cellAt, checkBounds, fullAddress, intersects, parseRange, unkey } from "./state";
import { usedBoundsWithin } from "./used-within";

export interface RangeTarget {
  sheet: SheetState;
  rect: CellRange;
}

const MAX_FORMAT_CELLS = 2_000_000;
const CELL_BY_CELL = new Set(["values", "formulas", "numberFormat", "text", "valueTypes"]);

/** Runs `fn` on every cell of the rectangle (created as needed). */
export function eachCell(t: RangeTarget, fn: (cell: CellState, row: number, column: number) => void): void {
  const { rect } = t;
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_FORMAT_CELLS)
    throw officeError("GeneralException", "the fake does not format whole rows, columns or sheets");
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) fn(cellAt(t.sheet, r, c, true), r, c);
}

function grid<V>(t: RangeTarget, read: (cell: CellState | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(read(cellAt(t.sheet, r, c)));
    out.push(row);
  }
  return out;
}

/** A 2-D input must match the range's shape, else InvalidArgument (Range.values docs). */
function checkShape(t: RangeTarget, input: unknown): unknown[][] {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols))
    throw officeError("InvalidArgument", `expected ${rows}×${cols} array`);
  return input as unknown[][];
}

function writeGrid(t: RangeTarget, input: unknown, apply: (cell: CellState, v: unknown) => void): void {
  const rows = checkShape(t, input);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return; // null leaves the cell unchanged
      apply(cellAt(t.sheet, t.rect.top + r, t.rect.left + c, true), v);
    }),
  );
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly scalars = [
    "address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount",
    "values", "formulas", "numberFormat", "text", "valueTypes", "hyperlink",
  ] as const;
  private _format?: RangeFormat;
  private _cf?: ConditionalFormatCollection;
  private _dv?: DataValidation;

  constructor(ctx: FakeContext, derive?: () => RangeTarget | null) {
    super(ctx, derive);
  }

  /** Creates a range proxy resolved by a queued request. */
  static resolved(ctx: FakeContext, wire: Record<string, unknown>, resolve: () => RangeTarget | null): FakeRange {
    const range = new FakeRange(ctx);
    range.bind(wire, resolve);
    return range;
  }

  protected readScalar(name: string, t: RangeTarget): unknown {
    const { rect } = t;
    if (CELL_BY_CELL.has(name)) noteCellsRead(this.ctx.stats, rect);
    switch (name) {
      case "address": return fullAddress(t.sheet.name, rect);
      case "rowIndex": return rect.top - 1;
      case "columnIndex": return rect.left - 1;
      case "rowCount": return rect.bottom - rect.top + 1;
      case "columnCount": return rect.right - rect.left + 1;
      case "cellCount": return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      case "values": return grid(t, readValue);
      case "formulas": return grid(t, readFormula);
      case "numberFormat": return grid(t, (c) => c?.numberFormat ?? "General");
      case "text": return grid(t, readText);
      case "valueTypes": return grid(t, readValueType);
      case "hyperlink": return { ...(cellAt(t.sheet, rect.top, rect.left)?.hyperlink ?? {}) };
    }
    throw officeError("InvalidArgument", name);
  }

  protected override child(name: string): FakeObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  get address(): string { return this.get("address"); }
  get rowIndex(): number { return this.get("rowIndex"); }
  get columnIndex(): number { return this.get("columnIndex"); }
  get rowCount(): number { return this.get("rowCount"); }
  get columnCount(): number { return this.get("columnCount"); }
  get cellCount(): number { return this.get("cellCount"); }
  get values(): unknown[][] { return this.get("values"); }
  set values(v: unknown[][]) { this.queue("values", v, (t) => writeGrid(t, v, enterWrittenValue)); }
  get formulas(): unknown[][] { return this.get("formulas"); }
  set formulas(v: unknown[][]) { this.queue("formulas", v, (t) => writeGrid(t, v, enterWrittenValue)); }
  get numberFormat(): string[][] { return this.get("numberFormat"); }
  set numberFormat(v: string[][]) {
    this.queue("numberFormat", v, (t) => writeGrid(t, v, (cell, f) => { cell.numberFormat = String(f); }));
  }
  get text(): string[][] { return this.get("text"); }
  get valueTypes(): string[][] { return this.get("valueTypes"); }
  get hyperlink(): Record<string, string> { return this.get("hyperlink"); }
  /**
   * ExcelApi 1.7. Sets the link on every cell. A textToDisplay is entered into the cell as if typed, so
   * "- Trong đó: nữ" would become a formula (the fake assumes the worst of Excel here); without one the
   * cell keeps its value, which reads back as the link's textToDisplay.
   */
  set hyperlink(link: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string }) {
    this.queue("hyperlink", link, (t) =>
      eachCell(t, (cell) => {
        if (link.textToDisplay !== undefined) enterWrittenValue(cell, link.textToDisplay);
        cell.hyperlink = { ...link, textToDisplay: link.textToDisplay ?? readText(cell) };
      }),
    );
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(this.ctx, () => (this.targetIsNull() ? null : this.target())));
  }

  /** ExcelApi 1.8. */
  get dataValidation(): DataValidation {
    return (this._dv ??= new DataValidation(this.ctx, () => this.target()));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return (this._cf ??= new ConditionalFormatCollection(this.ctx, () => this.target()));
  }

  private derived(op: string, args: unknown[], make: (t: RangeTarget) => RangeTarget | null): FakeRange {
    return FakeRange.resolved(this.ctx, { o: op, from: this.path, a: args }, () => make(this.target()));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("getCell", [row, column], (t) => {
      const rect = { top: t.rect.top + row, left: t.rect.left + column, bottom: t.rect.top + row, right: t.rect.left + column };
      checkBounds(rect);
      return { sheet: t.sheet, rect };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (t) => {
      const rect = { ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns };
      checkBounds(rect);
      return { sheet: t.sheet, rect };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.derived("getUsedRange", [valuesOnly], (t) => {
      const used = usedWithin(t, valuesOnly);
      if (!used) throw officeError("ItemNotFound", "no used cells");
      return used;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derived("getUsedRangeOrNullObject", [valuesOnly], (t) => usedWithin(t, valuesOnly));
  }

  /** ExcelApi 1.13: the merged areas within this range, or a null object when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.ctx);
    areas.bindTo({ o: "getMergedAreasOrNullObject", from: this.path }, () => {
      if (this.targetIsNull()) return null;
      const t = this.target();
      const rects = t.sheet.merges.filter((m) => intersects(m, t.rect));
      return rects.length ? { sheet: t.sheet, rects } : null;
    });
    return areas;
  }

  /** Merges the range (across: one merge per row). Overlapping an existing merge fails like Excel. */
  merge(across = false): void {
    this.queue("merge", across, (t) => {
      const rows = across ? range(t.rect.top, t.rect.bottom).map((r) => ({ ...t.rect, top: r, bottom: r })) : [t.rect];
      for (const rect of rows) {
        if (rect.top === rect.bottom && rect.left === rect.right) continue;
        if (t.sheet.merges.some((m) => intersects(m, rect))) throw officeError("InvalidOperation", "overlapping merge");
        t.sheet.merges.push({ ...rect });
      }
    });
  }

  /**
   * Clears values, formulas, formats and links (applyTo "All", the default, or "Contents" / "Formats" /
   * "Hyperlinks"); clearing formats or all also unmerges, as Excel's Clear All does. Works on whole sheets.
   */
  clear(applyTo = "All"): void {
    this.queue("clear", applyTo, (t) => {
      const what = oneOf(applyTo, ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"]);
      for (const [k, cell] of [...t.sheet.cells]) {
        const { row, column } = unkey(k);
        if (row < t.rect.top || row > t.rect.bottom || column < t.rect.left || column > t.rect.right) continue;
        if (what === "All") t.sheet.cells.delete(k);
        else if (what === "Contents" || what === "ResetContents") enterValue(cell, "");
        else if (what === "Formats") t.sheet.cells.set(k, { value: cell.value, formula: cell.formula, error: cell.error, textPrefix: cell.textPrefix, hyperlink: cell.hyperlink });
        else delete cell.hyperlink;
      }
      if (what === "All" || what === "Formats") t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
    });
  }

  /** ExcelApi 1.6: recalculates the formulas in the range, whatever the calculation mode. */
  calculate(): void {
    this.queue("calculate", null, (t) => calculate(this.ctx.state, [t.sheet], t.rect));
  }

  unmerge(): void {
    this.queue("unmerge", null, (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
    });
  }

  select(): void {
    this.queue("select", null, (t) => this.ctx.state.log.push(`select ${fullAddress(t.sheet.name, t.rect)}`));
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function usedWithin(t: RangeTarget, valuesOnly: boolean): RangeTarget | null {
  const used = usedBoundsWithin(t.sheet, t.rect, valuesOnly);
  return used ? { sheet: t.sheet, rect: used } : null;
}

/** A range from an address on a sheet ("A1:B2", "3:4"), or the whole sheet. */
export function rangeOnSheet(sheet: SheetState, address?: string): RangeTarget {
  const rect = address ? parseRange(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 };
  return { sheet, rect };
}

export class RangeFormat extends FakeObject<RangeTarget> {
  protected readonly scalars = ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"] as const;
  private _font?: RangeFont;
  private _fill?: RangeFill;
  private _borders?: RangeBorderCollection;

  protected readScalar(name: string, t: RangeTarget): unknown {
    const cell = cellAt(t.sheet, t.rect.top, t.rect.left);
    switch (name) {
      case "columnWidth": return t.sheet.columnWidths.get(t.rect.left) ?? 48;
      case "rowHeight": return t.sheet.rowHeights.get(t.rect.top) ?? 15;
      case "horizontalAlignment": return cell?.horizontal ?? "General";
      case "verticalAlignment": return cell?.vertical ?? "Bottom";
      case "wrapText": return cell?.wrap ?? false;
      case "indentLevel": return cell?.indent ?? 0;
    }
    throw officeError("InvalidArgument", name);
  }

  protected override child(name: string): FakeObject<unknown> | undefined {
    return ({ font: this.font, fill: this.fill } as Record<string, FakeObject<unknown>>)[name];
  }

  get font(): RangeFont { return (this._font ??= new RangeFont(this.ctx, () => this.target())); }
  get fill(): RangeFill { return (this._fill ??= new RangeFill(this.ctx, () => this.target())); }
  get borders(): RangeBorderCollection { return (this._borders ??= new RangeBorderCollection(this.ctx, () => this.target())); }

  get columnWidth(): number { return this.get("columnWidth"); }
  /** In points (Excel.RangeFormat.columnWidth). */
  set columnWidth(points: number) {
    this.queue("columnWidth", points, (t) => {
      if (!(points >= 0)) throw officeError("InvalidArgument", "columnWidth");
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number { return this.get("rowHeight"); }
  set rowHeight(points: number) {
    this.queue("rowHeight", points, (t) => {
      if (!(points >= 0 && points <= 409)) throw officeError("InvalidArgument", "rowHeight");
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  get horizontalAlignment(): string { return this.get("horizontalAlignment"); }
  set horizontalAlignment(v: string) {
    this.queue("horizontalAlignment", v, (t) => eachCell(t, (c) => { c.horizontal = oneOf(v, ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"]); }));
  }
  get verticalAlignment(): string { return this.get("verticalAlignment"); }
  set verticalAlignment(v: string) {
    this.queue("verticalAlignment", v, (t) => eachCell(t, (c) => { c.vertical = oneOf(v, ["Top", "Center", "Bottom", "Justify", "Distributed"]); }));
  }
  get wrapText(): boolean { return this.get("wrapText"); }
  set wrapText(v: boolean) { this.queue("wrapText", v, (t) => eachCell(t, (c) => { c.wrap = v; })); }
  get indentLevel(): number { return this.get("indentLevel"); }
  set indentLevel(v: number) {
    this.queue("indentLevel", v, (t) => {
      if (!(v >= 0 && v <= 250)) throw officeError("InvalidArgument", "indentLevel");
      eachCell(t, (c) => { c.indent = v; });
    });
  }
}

function oneOf(v: string, allowed: string[]): string {
  if (!allowed.includes(v)) throw officeError("InvalidArgument", `${v} not one of ${allowed.join(", ")}`);
  return v;
}

function colour(v: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(v) && !/^[A-Za-z]+$/.test(v)) throw officeError("InvalidArgument", `colour ${v}`);
  return v.toUpperCase();
}

export class RangeFont extends FakeObject<RangeTarget> {
  protected readonly scalars = ["name", "size", "bold", "italic", "underline", "color"] as const;
  protected readScalar(name: string, t: RangeTarget): unknown {
    const font = cellAt(t.sheet, t.rect.top, t.rect.left)?.font ?? {};
    const defaults: Record<string, unknown> = { name: "Calibri", size: 11, bold: false, italic: false, underline: "None", color: "#000000" };
    return (font as Record<string, unknown>)[name] ?? defaults[name];
  }
  private setFont(prop: string, v: unknown): void {
    this.queue(`font.${prop}`, v, (t) => eachCell(t, (c) => { c.font = { ...c.font, [prop]: v }; }));
  }
  get name(): string { return this.get("name"); }
  set name(v: string) { this.setFont("name", v); }
  get size(): number { return this.get("size"); }
  set size(v: number) { this.setFont("size", v); }
  get bold(): boolean { return this.get("bold"); }
  set bold(v: boolean) { this.setFont("bold", v); }
  get italic(): boolean { return this.get("italic"); }
  set italic(v: boolean) { this.setFont("italic", v); }
  get underline(): string { return this.get("underline"); }
  set underline(v: string) { this.setFont("underline", oneOf(v, ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"])); }
  get color(): string { return this.get("color"); }
  set color(v: string) {
    this.queue("font.color", v, (t) => eachCell(t, (c) => { c.font = { ...c.font, color: colour(v) }; }));
  }
}

export class RangeFill extends FakeObject<RangeTarget> {
  protected readonly scalars = ["color"] as const;
  protected readScalar(_name: string, t: RangeTarget): unknown {
    return cellAt(t.sheet, t.rect.top, t.rect.left)?.fill ?? "#FFFFFF";
  }
  get color(): string { return this.get("color"); }
  set color(v: string) { this.queue("fill.color", v, (t) => eachCell(t, (c) => { c.fill = colour(v); })); }
  clear(): void { this.queue("fill.clear", null, (t) => eachCell(t, (c) => { delete c.fill; })); }
}

export class RangeBorderCollection extends FakeCollection<RangeBorder, RangeTarget> {
  protected members(): RangeBorder[] {
    return EDGES.map((e) => this.getItem(e));
  }
  getItem(edge: Edge | string): RangeBorder {
    if (!EDGES.includes(edge as Edge)) throw officeError("InvalidArgument", `edge ${edge}`);
    return new RangeBorder(this.ctx, edge as Edge, () => this.target());
  }
}

/** One edge. Inside edges apply between the range's cells; outer edges on its boundary cells. */
export class RangeBorder extends FakeObject<RangeTarget> {
  protected readonly scalars = ["style", "color", "weight", "sideIndex"] as const;
  constructor(ctx: FakeContext, readonly edge: Edge, derive: () => RangeTarget) {
    super(ctx, derive);
  }
  protected readScalar(name: string, t: RangeTarget): unknown {
    if (name === "sideIndex") return this.edge;
    const b = cellAt(t.sheet, t.rect.top, t.rect.left)?.borders?.[this.edge];
    return (b as Record<string, unknown> | undefined)?.[name] ?? (name === "style" ? "None" : name === "weight" ? "Thin" : "#000000");
  }
  private setBorder(prop: "style" | "color" | "weight", v: string): void {
    this.queue(`border.${this.edge}.${prop}`, v, (t) =>
      eachCell(t, (c) => {
        const prev = c.borders?.[this.edge] ?? { style: "None" };
        c.borders = { ...c.borders, [this.edge]: { ...prev, [prop]: prop === "color" ? colour(v) : v } };
      }),
    );
  }
  get style(): string { return this.get("style"); }
  set style(v: string) { this.setBorder("style", oneOf(v, ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"])); }
  get color(): string { return this.get("color"); }
  set color(v: string) { this.setBorder("color", v); }
  get weight(): string { return this.get("weight"); }
  set weight(v: string) { this.setBorder("weight", oneOf(v, ["Hairline", "Thin", "Medium", "Thick"])); }
}

export interface AreasTarget {
  sheet: SheetState;
  rects: CellRange[];
}

/** Excel.RangeAreas: `address` ("Sheet1!A1:G1,Sheet1!A3:B3"), `areaCount`, and `areas` (a RangeCollection). */
export class FakeRangeAreas extends FakeObject<AreasTarget> {
  protected readonly scalars = ["address", "areaCount", "cellCount"] as const;
  private _areas?: RangeCollection;

  bindTo(wire: Record<string, unknown>, resolve: () => AreasTarget | null): void {
    this.bind(wire, resolve);
  }
  protected readScalar(name: string, t: AreasTarget): unknown {
    if (name === "address") return t.rects.map((r) => fullAddress(t.sheet.name, r)).join(",");
    if (name === "areaCount") return t.rects.length;
    return t.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
  }
  protected override child(name: string): FakeObject<unknown> | undefined {
    return name === "areas" ? this.areas : undefined;
  }
  get address(): string { return this.get("address"); }
  get areaCount(): number { return this.get("areaCount"); }
  get areas(): RangeCollection {
    return (this._areas ??= new RangeCollection(this.ctx, () => (this.targetIsNull() ? null : this.target())));
  }
}

export class RangeCollection extends FakeCollection<FakeRange, AreasTarget> {
  protected members(t: AreasTarget): FakeRange[] {
    return t.rects.map((rect) => {
      const r = new FakeRange(this.ctx);
      r.setTarget({ sheet: t.sheet, rect });
      return r;
    });
  }
}
