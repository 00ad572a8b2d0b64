/**
 * styles.xml for a plan: the fonts, fills, borders, number formats and cell formats (cellXfs) of
 * the plan's named styles, and one differential format (dxf) per distinct conditional-format look.
 * The structures are exceljs's (the writer the command line used before), so Excel, LibreOffice
 * and exceljs read the same styles: the default font first (Calibri 11, theme colour), the fills
 * "none" and "gray125" first, built-in number formats by their id, others from 164.
 */
import type { CellStyle, PlanConditionalFormat, SummaryPlan } from "../../core/plan/types";
import { BUILT_IN_FORMATS } from "../built-in-number-formats";
import { toArgb } from "../plan-style";
import { xmlText } from "./xml-text";

type Rule = PlanConditionalFormat["rules"][number];

const BUILT_IN_ID = new Map<string, number>([
  ["General", 0],
  ...Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [code, Number(id)] as [string, number]),
]);

/** First custom number format id (ids below are Excel's built-in formats). */
const FIRST_CUSTOM_FORMAT = 164;

const DEFAULT_FONT =
  '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
const THIN_SIDE = (side: string) => `<${side} style="thin"><color rgb="FF808080"/></${side}>`;
const THIN_BORDER = `<border>${["left", "right", "top", "bottom"].map(THIN_SIDE).join("")}<diagonal/></border>`;
const VERTICAL: Record<string, string> = { top: "top", middle: "center", bottom: "bottom" };

function solidFillXml(colour: string): string {
  const argb = toArgb(colour);
  // fgColor paints a cell; bgColor is what a conditional format's dxf fill uses. Both, as before.
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill>`;
}

/** An index per distinct XML fragment, in the order first seen. */
class Table {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(initial: readonly string[] = []) {
    for (const item of initial) this.add(item);
  }

  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

export class StyleBook {
  private readonly fonts = new Table([DEFAULT_FONT]);
  private readonly fills = new Table([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Table(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Table();
  /** Named style → cellXfs index; "" is a cell without a named style. */
  private readonly byKey = new Map<string, number>();

  constructor(private readonly look: Pick<SummaryPlan, "font" | "styles">) {}

  /** The cellXfs index (a cell's `s`) of the plan style `key`; every cell names the plan's font. */
  cellStyle(key: string | undefined): number {
    const k = key ?? "";
    let id = this.byKey.get(k);
    if (id === undefined) {
      id = this.xfs.add(this.xfXml(key ? this.look.styles[key] : undefined));
      this.byKey.set(k, id);
    }
    return id;
  }

  /** The dxfs index of a conditional-format rule's look (fill, and font colour / bold). */
  ruleStyle(rule: Rule): number {
    const font = (rule.bold ? "<b/>" : "") + (rule.color ? `<color rgb="${toArgb(rule.color)}"/>` : "");
    return this.dxfs.add(`<dxf>${font ? `<font>${font}</font>` : "<font/>"}${solidFillXml(rule.fill)}</dxf>`);
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_ID.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private xfXml(style: CellStyle | undefined): string {
    const s = style ?? {};
    const font =
      (s.bold ? "<b/>" : "") +
      (s.italic ? "<i/>" : "") +
      (s.underline ? "<u/>" : "") +
      (s.color ? `<color rgb="${toArgb(s.color)}"/>` : "") +
      `<sz val="${s.size ?? this.look.font.size}"/><name val="${xmlText(this.look.font.name)}"/>`;
    const fontId = this.fonts.add(`<font>${font}</font>`);
    const fillId = s.fill ? this.fills.add(solidFillXml(s.fill)) : 0;
    const borderId = s.border ? this.borders.add(THIN_BORDER) : 0;
    const numFmtId = s.numberFormat ? this.numFmtId(s.numberFormat) : 0;
    let alignment = "";
    if (s.horizontal) alignment += ` horizontal="${s.horizontal}"`;
    if (s.vertical) alignment += ` vertical="${VERTICAL[s.vertical] ?? s.vertical}"`;
    if (s.wrap) alignment += ' wrapText="1"';
    if (s.indent) alignment += ` indent="${s.indent}"`;
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    return alignment ? `${xf} applyAlignment="1"><alignment${alignment}/></xf>` : `${xf}/>`;
  }

  /** styles.xml. */
  toXml(): string {
    const list = (tag: string, items: readonly string[], extra = "") =>
      `<${tag} count="${items.length}"${extra}>${items.join("")}</${tag}>`;
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
      ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac"' +
      ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">' +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items, ' x14ac:knownFonts="1"') +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}
