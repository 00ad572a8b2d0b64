/** The named styles of the generated sheets. */
import type { BandId } from "../model";
import { BAND_IDS } from "../model";
import type { Settings } from "../settings";
import { verdictStyleKey } from "./table-verdict";
import type { CellStyle } from "./types";

/** Vietnamese administrative documents use Times New Roman (Nghị định 30/2020/NĐ-CP). */
export const PLAN_FONT = { name: "Times New Roman", size: 12 };

const HEADER_FILL = "#DDEBF7";
const GROUP_FILL = "#F2F2F2";

export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}

export function numberStyleKey(value: number): string {
  if (Number.isInteger(value)) return "num0";
  const abs = Math.abs(value);
  // Fast path, same answer as the text below: in this range String() writes no exponent, and a
  // double is the nearest one to k/10 (k/100) exactly when its shortest text has ≤ 1 (2) decimals.
  if (abs >= 1e-6 && abs < 1e12) {
    if (Math.round(abs * 10) / 10 === abs) return "num1";
    if (Math.round(abs * 100) / 100 === abs) return "num2";
    return "num3";
  }
  const text = String(abs);
  const point = text.indexOf(".");
  const decimals = point < 0 ? 0 : text.length - point - 1;
  return decimals === 1 ? "num1" : decimals === 2 ? "num2" : "num3";
}

export const legendStyleKey = (band: BandId): string => LEGEND_STYLE_KEYS[band];
const LEGEND_STYLE_KEYS = Object.fromEntries(BAND_IDS.map((band) => [band, `legend-${band}`])) as Record<
  BandId,
  string
>;

export function buildStyles(settings: Settings): Record<string, CellStyle> {
  const cell: CellStyle = { border: true, vertical: "middle", wrap: true };
  const styles: Record<string, CellStyle> = {
    title: { bold: true, size: 14, horizontal: "center", vertical: "middle", wrap: true },
    subtitle: { bold: true, size: 12, horizontal: "center", vertical: "middle", wrap: true },
    source: { italic: true, size: 10, color: "#595959", horizontal: "center" },
    paragraph: { vertical: "top", wrap: true, horizontal: "left" },
    heading: { bold: true, size: 12 },
    header: { ...cell, bold: true, fill: HEADER_FILL, horizontal: "center" },
    columnNumber: { ...cell, italic: true, size: 10, horizontal: "center", fill: HEADER_FILL },
    group: { ...cell, bold: true, fill: GROUP_FILL },
    code: { ...cell, horizontal: "center" },
    name: { ...cell },
    nameSub: { ...cell, indent: 1, italic: true },
    text: { ...cell },
    center: { ...cell, horizontal: "center" },
    num0: { ...cell, horizontal: "right", numberFormat: "#,##0" },
    num1: { ...cell, horizontal: "right", numberFormat: "#,##0.0" },
    num2: { ...cell, horizontal: "right", numberFormat: "#,##0.00" },
    num3: { ...cell, horizontal: "right", numberFormat: "#,##0.000" },
    textRight: { ...cell, horizontal: "right" },
    pct: { ...cell, horizontal: "right", numberFormat: percentFormat(settings.decimals) },
    band: { ...cell, horizontal: "center", size: 11 },
    note: { ...cell, size: 10 },
    link: { ...cell, color: "#0563C1", underline: true },
    muted: { italic: true, size: 10, color: "#595959", wrap: true, vertical: "top" },
    sign: { bold: true, horizontal: "center" },
    signHint: { italic: true, horizontal: "center", size: 10 },
    signDate: { italic: true, horizontal: "center" },
    // the heading of an administrative document (print-heading.ts)
    headBody: { size: 12, horizontal: "center" },
    headUnit: { bold: true, size: 12, horizontal: "center" },
    headNumber: { size: 12, horizontal: "center" },
    headNation: { bold: true, size: 12, horizontal: "center" },
    headMotto: { bold: true, underline: true, size: 12, horizontal: "center" },
    // working notes for the person who made the summary: on screen, outside the printed columns
    working: { italic: true, size: 10, color: "#595959", wrap: true, vertical: "top" },
  };
  for (const band of BAND_IDS) {
    styles[legendStyleKey(band)] = { ...cell, horizontal: "center", fill: settings.colours[band], size: 10 };
    // % and band cells saying in words what a % would misstate (table-verdict.ts), in the band's colour
    styles[verdictStyleKey(band)] = { ...cell, horizontal: "center", fill: settings.colours[band], size: 10 };
  }
  // a figure in doubt: no band colour, the words in bold
  styles[verdictStyleKey(null)] = { ...cell, horizontal: "center", size: 10, bold: true };
  return styles;
}
