/**
 * A summary plan made to trip a writer: texts that look like formulas, controls XML cannot carry,
 * long and multi-line texts, emoji, XML specials, an apostrophe in a sheet name that print titles
 * and links quote, every style property, merges over cells that hold something, both frozen axes,
 * scale and fit, margins, footers, print areas and row breaks, dropdowns, an empty sheet.
 * Used by the plan writer's equivalence test and the schema check.
 */
import type { PlanCell, PlanSheet, SummaryPlan } from "../../src/core/plan/types";

export const HOSTILE_TEXTS = [
  "=SUM(A1)",
  "+84 912 345 678",
  "- hộ nghèo",
  "-5",
  "@x",
  "=1+1",
  "a\u0001b\u0007c\u000Bd\u001Fe\u007Ff", // controls XML cannot carry: dropped, as exceljs did
  "tab\there\r\nline",
  "  leading and trailing  ",
  "line\nbreak",
  "Xã " + "Ngọc Chiến ".repeat(28), // over 300 characters
  "🌾 Lúa 👍 ",
  `<b>&amp; "quoted" 'single' </b>`,
  "",
  "]]>",
];

export function hostilePlan(): SummaryPlan {
  const cells: PlanCell[] = HOSTILE_TEXTS.map((value, i) => ({ row: i + 2, col: 1, value, style: i % 2 ? "a" : "b" }));
  cells.push(
    { row: 1, col: 1, value: "Tên", style: "head" },
    { row: 1, col: 2, value: "Số", style: "head" },
    { row: 2, col: 2, value: 1234567.891, style: "num" },
    { row: 3, col: 2, value: -0.000001, style: "pct" },
    { row: 4, col: 2, value: Number.NaN, style: "num" },
    { row: 5, col: 2, value: Number.POSITIVE_INFINITY },
    { row: 6, col: 2, value: true, style: "text" },
    { row: 7, col: 2, value: false },
    { row: 8, col: 2, value: 0.5, formula: "=B2/B3", style: "pct" },
    { row: 9, col: 2, value: "Đạt <100%>", formula: 'IF(B8>=1,"Đạt","Chưa đạt")', style: "a" },
    { row: 10, col: 2, value: true, formula: "B8>0" },
    { row: 11, col: 2, value: null, formula: "SUM(B2:B3)", style: "num" },
    { row: 12, col: 2, value: "Xã Ia H'Drai", link: { sheet: "Xã Ia H'Drai", cell: "B5" }, style: "link" },
    { row: 13, col: 2, value: null, link: { sheet: "Xã Ia H'Drai", cell: "A1" } },
    { row: 14, col: 2, value: 1e21 },
    { row: 15, col: 2, value: null, style: "fill" },
    { row: 20, col: 3, value: "merged", style: "fill" },
    { row: 20, col: 4, value: "hidden under the merge", style: "a" },
    { row: 30, col: 26, value: "far", style: "wrap" },
  );
  const sheet = (name: string, extra: Partial<PlanSheet>): PlanSheet => ({
    name,
    role: "return",
    cells,
    merges: [
      { top: 20, left: 3, bottom: 22, right: 5 },
      { top: 25, left: 1, bottom: 25, right: 1 },
    ],
    columnWidths: [48, 12, 12, 12, 0, 7.5, 7.5],
    rowHeights: { 1: 30, 4: 0, 40: 12.75 },
    conditionalFormats: [
      {
        range: { top: 2, left: 2, bottom: 16, right: 2 },
        rules: [
          { formula: "=AND(ISNUMBER($B2),$B2>=1)", fill: "#9FD9B4" },
          { formula: 'B2="x<y"', fill: "#FFE699", color: "#C00000", bold: true },
          { formula: "ISNUMBER($B2)", fill: "#E8898A", color: "#000000" },
        ],
      },
      { range: { top: 2, left: 1, bottom: 2, right: 1 }, rules: [{ formula: "LEN(A2)>3", fill: "#9FD9B4" }] },
    ],
    charts: [],
    freeze: null,
    page: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: false,
      printTitleRows: null,
      footer: null,
    },
    validations: [
      { range: { top: 2, left: 3, bottom: 9, right: 4 }, list: ["Đạt", "Chưa đạt", 'a"b', "<&>"] },
      { range: { top: 12, left: 3, bottom: 12, right: 3 }, list: ["hộ"] },
    ],
    ...extra,
  });
  return {
    font: { name: "Times New Roman", size: 12 },
    styles: {
      head: { bold: true, fill: "#DDEBF7", border: true, horizontal: "center", vertical: "middle", wrap: true },
      a: { italic: true, color: "#595959", size: 10 },
      b: { underline: true, color: "#0563c1", indent: 2, horizontal: "left" },
      num: { numberFormat: "#,##0", horizontal: "right", border: true },
      pct: { numberFormat: "0.0%", bold: true },
      text: { numberFormat: "@", vertical: "top" },
      link: { underline: true, color: "#0563C1" },
      fill: { fill: "#F2F2F2", vertical: "bottom", border: true, numberFormat: "#,##0.000" },
      wrap: { wrap: true, size: 14, bold: true, italic: true, underline: true, color: "not a colour" },
    },
    sheets: [
      sheet("Tổng hợp", {
        role: "consolidated",
        freeze: { rows: 1, columns: 2 },
        tabColor: "#1F4E79",
        page: {
          paper: "A4",
          orientation: "landscape",
          fitToWidth: true,
          printTitleRows: { from: 1, to: 1 },
          footer: "Trang & trang",
          printColumns: 4,
          rowBreaks: [10, 20],
        },
      }),
      sheet("Xã Ia H'Drai", {
        freeze: { rows: 3, columns: 0 },
        page: {
          paper: "A4",
          orientation: "landscape",
          fitToWidth: true,
          scale: 61,
          margins: { left: 0.25, right: 0.25, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
          printTitleRows: { from: 2, to: 3 },
          footer: "Trang &P / &N",
        },
      }),
      sheet("Cột", { freeze: { rows: 0, columns: 1 }, tabColor: "#c00000" }),
      {
        ...sheet("Trống", {}),
        cells: [],
        merges: [],
        columnWidths: [],
        rowHeights: {},
        conditionalFormats: [],
        validations: [],
      },
    ],
    generator: { name: "commune-targets", version: "9.9.9" },
  };
}
