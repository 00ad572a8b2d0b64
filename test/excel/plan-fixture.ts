/** Hand-built SummaryPlans for the Office.js writer tests. */
import type { PlanCell, PlanSheet, SummaryPlan } from "../../src/core/plan/types";

export function baseSheet(name: string, cells: PlanCell[], extra: Partial<PlanSheet> = {}): PlanSheet {
  return {
    name,
    role: "consolidated",
    cells,
    merges: [],
    columnWidths: [],
    rowHeights: {},
    conditionalFormats: [],
    charts: [],
    freeze: null,
    page: { paper: "A4", orientation: "portrait", fitToWidth: false, printTitleRows: null, footer: null },
    ...extra,
  };
}

export function plan(sheets: PlanSheet[]): SummaryPlan {
  return {
    font: { name: "Times New Roman", size: 12 },
    styles: {
      header: { bold: true, fill: "#D9D9D9", horizontal: "center", vertical: "middle", wrap: true, border: true },
      text: { border: true, indent: 1 },
      percent: { numberFormat: "0.0%", horizontal: "right", border: true },
      title: { bold: true, size: 14, color: "#1F3864" },
    },
    sheets,
    generator: { name: "commune-targets", version: "0.1.0" },
  };
}

/** Two sheets using every feature of the plan. */
export function fullPlan(): SummaryPlan {
  const summary = baseSheet(
    "Tổng hợp",
    [
      { row: 1, col: 1, value: "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", style: "title" },
      { row: 3, col: 1, value: "Chỉ tiêu", style: "header" },
      { row: 3, col: 2, value: "Kế hoạch", style: "header" },
      { row: 3, col: 3, value: "Thực hiện", style: "header" },
      { row: 3, col: 4, value: "Đạt (%)", style: "header" },
      { row: 4, col: 1, value: "=SUM(A1)", style: "text" },
      { row: 4, col: 2, value: 30 },
      { row: 4, col: 3, value: 33 },
      { row: 4, col: 4, value: 1.1, formula: "C4/B4", style: "percent" },
      { row: 5, col: 1, value: "- hộ nghèo", style: "text" },
      { row: 5, col: 2, value: 4 },
      { row: 5, col: 3, value: 3.5 },
      { row: 5, col: 4, value: 0.875, formula: "C5/B5", style: "percent" },
      { row: 6, col: 1, value: "+84", style: "text" },
      { row: 7, col: 1, value: "@x", style: "text" },
      { row: 8, col: 1, value: "12/19", style: "text" },
      { row: 9, col: 1, value: "1.326", style: "text" },
      { row: 10, col: 1, value: "Xem chi tiết Xã A", link: { sheet: "Xã A", cell: "B5" } },
      { row: 12, col: 1, value: "Nhóm" },
      { row: 12, col: 2, value: "Đạt" },
      { row: 12, col: 3, value: "Chưa đạt" },
      { row: 13, col: 1, value: "Xã A" },
      { row: 13, col: 2, value: 5 },
      { row: 13, col: 3, value: 2 },
    ],
    {
      merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
      columnWidths: [40, 12, 12, 10],
      rowHeights: { 1: 30, 3: 32 },
      conditionalFormats: [
        {
          range: { top: 4, left: 4, bottom: 5, right: 4 },
          rules: [
            { formula: "D4>=1", fill: "#9FD9B4", band: "met" },
            { formula: "D4>=0.7", fill: "#FFE699", color: "#000000", bold: true, band: "near" },
          ],
        },
      ],
      charts: [
        {
          type: "barStacked",
          title: "Kết quả theo xã",
          data: { top: 12, left: 1, bottom: 13, right: 3 },
          anchor: { top: 15, left: 1, bottom: 30, right: 6 },
          seriesColors: ["#9FD9B4", "#E8898A"],
        },
      ],
      freeze: { rows: 3, columns: 1 },
      page: { paper: "A4", orientation: "landscape", fitToWidth: true, printTitleRows: { from: 3, to: 3 }, footer: "Trang &P / &N" },
      tabColor: "#1F3864",
    },
  );
  const commune = baseSheet("Xã A", [
    { row: 1, col: 1, value: "Xã A", style: "title" },
    { row: 5, col: 2, value: "TRUE" },
    { row: 6, col: 1, value: "Về tổng hợp", link: { sheet: "Tổng hợp", cell: "A1" } },
  ]);
  return plan([summary, commune]);
}
