/**
 * Fixtures for scoring and consolidation tests: returns built directly from Figure objects,
 * so the tests do not depend on the sheet reader.
 */
import { a1 } from "../address";
import { computeAchievement } from "./achievement";
import { BLANK, type Figure } from "../figures";
import type { Direction, ReturnTable, SourceIndicator } from "../model";

/** 347 → a number; "12/19" → a fraction; true/false → binary; null → blank; "%79" → 79 as percent. */
export type FigureInput = Figure | number | string | boolean | null | undefined;

export function fig(input: FigureInput): Figure {
  if (input === null || input === undefined) return BLANK;
  if (typeof input === "number") return { kind: "number", value: input, percent: false };
  if (typeof input === "boolean") return { kind: "binary", met: input };
  if (typeof input === "string") {
    const fraction = /^(\d+)\/(\d+)$/.exec(input);
    if (fraction)
      return {
        kind: "fraction",
        value: Number(fraction[1]),
        total: Number(fraction[2]),
      };
    const percent = /^%(-?[\d.]+)$/.exec(input);
    if (percent) return { kind: "number", value: Number(percent[1]), percent: true };
    return { kind: "invalid", reason: "text", raw: input };
  }
  return input;
}

/** The achievement of one indicator's figures, given as FigureInput. */
export function scoreFigures(
  plan: FigureInput,
  actual: FigureInput,
  direction: Direction = "up",
  baseline: FigureInput = null,
  unit: string | null = null,
) {
  return computeAchievement({ plan: fig(plan), actual: fig(actual), baseline: fig(baseline) }, direction, unit);
}

export interface IndicatorInput {
  name: string;
  unit?: string | null;
  plan?: FigureInput;
  actual?: FigureInput;
  baseline?: FigureInput;
  sheetPercent?: FigureInput;
  code?: string | null;
  group?: string | null;
  parent?: number | null;
  direction?: Direction | null;
}

/** Layout of the fixture sheet: A code, B name, C unit, D plan, E actual, F baseline, G percent. */
export function indicator(input: IndicatorInput, row = 5, sheet = "Sheet1"): SourceIndicator {
  return {
    sheet,
    row,
    cell: a1(row, 2),
    code: input.code ?? null,
    group: input.group ?? null,
    parent: input.parent ?? null,
    name: input.name,
    unit: input.unit ?? null,
    plan: fig(input.plan),
    actual: fig(input.actual),
    baseline: fig(input.baseline),
    sheetPercent: input.sheetPercent === undefined ? null : fig(input.sheetPercent),
    note: null,
    direction: input.direction ?? null,
    cells: {
      code: a1(row, 1),
      name: a1(row, 2),
      unit: a1(row, 3),
      plan: a1(row, 4),
      actual: a1(row, 5),
      baseline: a1(row, 6),
      percent: a1(row, 7),
    },
  };
}

/** A return for `area` (sheet name = area unless given), indicators from row 5 down. */
export function returnTable(area: string | null, inputs: IndicatorInput[], sheet = area ?? "Sheet1"): ReturnTable {
  return {
    sheet,
    title: area ? `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU - ${area.toUpperCase()}` : null,
    area,
    period: "6 tháng đầu năm 2022",
    headerRows: [4],
    columns: {
      code: 1,
      name: 2,
      unit: 3,
      plan: 4,
      actual: 5,
      baseline: 6,
      percent: 7,
    },
    columnHeaders: { name: "Chỉ tiêu", plan: "Kế hoạch", actual: "Thực hiện" },
    indicators: inputs.map((input, i) => indicator(input, 5 + i, sheet)),
    legacyEncoding: null,
  };
}
