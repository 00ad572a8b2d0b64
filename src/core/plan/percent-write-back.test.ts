import type { CellValue } from "../grid";
import type { ScoredReturn } from "../model";
import { parseSettings } from "../settings";
import { readReturn } from "../table/read-return";
import { scoreReturn } from "../scoring/score-return";
import { problemText } from "../i18n/messages";
import {
  type CellContent,
  isEmptyCell,
  percentColumnCells,
  percentConvention,
  percentNumberFormat,
  percentTargets,
  percentValue,
  planPercentUndo,
  planPercentWriteBack,
} from "./percent-write-back";

const settings = parseSettings({});

/** A commune return; rows 4..8, the % column F (6) when `withPercent`. */
function scored(
  withPercent = true,
  percentCells: CellValue[] = [null, null, null, null, null],
  formats?: string[],
): ScoredReturn {
  const header = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", ...(withPercent ? ["So sánh (%)"] : [])];
  const rows: CellValue[][] = [
    [1, "Thu ngân sách", "triệu đồng", 30, 33], // 110 % met
    [2, "Sản lượng lương thực bình quân đầu người", "kg", 400, 347], // 86.75 % near
    [3, "Thu nhập bình quân đầu người", "triệu đồng", 25, 17], // 68 % mid
    [4, "Xây dựng nông thôn mới", "tiêu chí", 19, "12/19"], // 63.2 % mid
    [5, "Tỷ lệ trẻ em tiêm chủng đầy đủ", "%", 96, "chưa đánh giá"], // no achievement
  ];
  const values: CellValue[][] = [
    [
      "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2022 - XÃ TRẠM TẤU",
      null,
      null,
      null,
      null,
      ...(withPercent ? [null] : []),
    ],
    header.map(() => null),
    header,
    ...rows.map((r, i) => (withPercent ? [...r, percentCells[i]] : r)),
  ];
  const numberFormats = values.map((row, r) =>
    row.map((_, c) => (withPercent && c === 5 && r >= 3 ? (formats?.[r - 3] ?? "General") : "General")),
  );
  const read = readReturn({ sheet: "Xã Trạm Tấu", top: 1, left: 1, values, numberFormats });
  if (!read.table) throw new Error(`not a return: ${JSON.stringify(read.findings)}`);
  return scoreReturn(read.table, settings, "tram-tau.xlsx");
}

const empty: CellContent = { value: "", numberFormat: "General", formula: "" };
const cells = (
  entries: Record<string, Partial<CellContent>>,
  base: Record<string, CellContent> = {},
): Record<string, CellContent> => {
  const out: Record<string, CellContent> = { ...base };
  for (const [cell, c] of Object.entries(entries)) out[cell] = { ...empty, ...c };
  return out;
};
const allEmpty = cells({ F4: {}, F5: {}, F6: {}, F7: {}, F8: {} });

describe("percentTargets", () => {
  test("only indicators with an achievement and a % cell", () => {
    const ret = scored();
    expect(percentTargets(ret).map((t) => t.cell)).toEqual(["F4", "F5", "F6", "F7"]);
    expect(percentTargets(scored(false))).toEqual([]);
  });
});

describe("planPercentWriteBack", () => {
  test("an empty % column gets percent points rounded to the decimals, a 0.0 format and the band fills", () => {
    const plan = planPercentWriteBack(scored(), settings, allEmpty, {});
    expect(plan.writes).toEqual([
      { cell: "F4", value: 110, numberFormat: "0.0", fill: settings.colours.met },
      { cell: "F5", value: 86.8, numberFormat: "0.0", fill: settings.colours.near },
      { cell: "F6", value: 68, numberFormat: "0.0", fill: settings.colours.mid },
      { cell: "F7", value: 63.2, numberFormat: "0.0", fill: settings.colours.mid },
    ]);
    expect(plan.skipped).toEqual([]);
    expect(plan.findings).toEqual([]);
    expect(plan.record).toEqual({ F4: 110, F5: 86.8, F6: 68, F7: 63.2 });
  });

  test("a column of percent-formatted fractions gets fractions with a % format honouring decimals", () => {
    const two = parseSettings({ decimals: 2, colours: { near: "#123456" } });
    const ret = scored(true, [1.1, null, null, null, 0.5], ["0%", "General", "General", "General", "0.0%"]);
    const current = cells({
      F4: { value: 1.1, numberFormat: "0%" },
      F5: {},
      F6: {},
      F7: {},
      F8: { value: 0.5, numberFormat: "0.0%" },
    });
    const plan = planPercentWriteBack(ret, two, current, {});
    expect(plan.writes.map((w) => [w.cell, w.value, w.numberFormat])).toEqual([
      ["F5", 0.8675, "0.00%"],
      ["F6", 0.68, "0.00%"],
      ["F7", 0.6316, "0.00%"],
    ]);
    expect(plan.writes[0].fill).toBe("#123456");
    expect(plan.skipped).toEqual([{ cell: "F4", reason: "user-value" }]);
  });

  test("the convention is judged on every indicator row's % cell, scored or not", () => {
    const ret = scored(true, [null, null, null, null, 0.5], ["General", "General", "General", "General", "0%"]);
    expect(percentColumnCells(ret)).toEqual(["F4", "F5", "F6", "F7", "F8"]);
    const plan = planPercentWriteBack(
      ret,
      settings,
      cells({ F4: {}, F5: {}, F6: {}, F7: {}, F8: { value: 0.5, numberFormat: "0%" } }),
      {},
    );
    expect(plan.writes.map((w) => [w.cell, w.value, w.numberFormat])).toEqual([
      ["F4", 1.1, "0.0%"],
      ["F5", 0.868, "0.0%"],
      ["F6", 0.68, "0.0%"],
      ["F7", 0.632, "0.0%"],
    ]);
  });

  test("writes only empty cells or cells still holding what the add-in wrote; never the user's", () => {
    const ret = scored();
    const record = { F4: 110, F5: 80, F6: 70 };
    const current = cells({
      F4: { value: 110, numberFormat: "0.0" }, // ours, unchanged: rewritten
      F5: { value: 81, numberFormat: "0.0" }, // ours before, edited by the user since: theirs
      F6: { value: 70, numberFormat: "0.0", formula: "=E6/D6*100" }, // same number but now a formula: theirs
      F7: { value: "đạt 63%", numberFormat: "General" }, // typed by the user
      F8: {},
    });
    const plan = planPercentWriteBack(ret, settings, current, record);
    expect(plan.writes.map((w) => w.cell)).toEqual(["F4"]);
    expect(plan.skipped).toEqual([
      { cell: "F5", reason: "user-value" },
      { cell: "F6", reason: "user-value" },
      { cell: "F7", reason: "user-value" },
    ]);
    // Cells the user took over leave the record; cells not read now stay in it.
    expect(planPercentWriteBack(ret, settings, current, { ...record, Z99: 5 }).record).toEqual({ F4: 110, Z99: 5 });
  });

  test("a % the add-in wrote on a row that has no achievement any more is cleared; the user's never", () => {
    const ret = scored(); // F8's indicator has no achievement ("chưa đánh giá")
    const current = cells({ F4: {}, F5: {}, F6: {}, F7: {}, F8: { value: 95.5, numberFormat: "0.0" } });
    // written by the add-in when the row still had a result: stale now, emptied and forgotten
    const stale = planPercentWriteBack(ret, settings, current, { F8: 95.5 });
    expect(stale.clears).toEqual(["F8"]);
    expect(stale.record).toEqual({ F4: 110, F5: 86.8, F6: 68, F7: 63.2 });
    expect(stale.writes.map((w) => w.cell)).toEqual(["F4", "F5", "F6", "F7"]);
    // the same number, typed by the user (not in the record) or edited since: kept
    expect(planPercentWriteBack(ret, settings, current, {}).clears).toEqual([]);
    expect(planPercentWriteBack(ret, settings, current, { F8: 90 }).clears).toEqual([]);
    const formula = cells({ F8: { value: 95.5, numberFormat: "0.0", formula: "=E8/D8*100" } }, current);
    expect(planPercentWriteBack(ret, settings, formula, { F8: 95.5 }).clears).toEqual([]);
    // a recorded cell that is no indicator's % cell now (rows moved) is never cleared
    expect(planPercentWriteBack(ret, settings, cells({ F9: { value: 1 } }, current), { F9: 1 }).clears).toEqual([]);
    // nothing is cleared on a row that still has an achievement: it is rewritten instead
    expect(planPercentWriteBack(ret, settings, cells({ F4: { value: 50 } }, current), { F4: 50 }).clears).toEqual([]);
  });

  test("a user value equal to nothing we recorded is never overwritten, even when it equals our result", () => {
    const ret = scored();
    const plan = planPercentWriteBack(ret, settings, cells({ F4: { value: 110 }, F5: {}, F6: {}, F7: {} }), {});
    expect(plan.skipped).toEqual([{ cell: "F4", reason: "user-value" }]);
    expect(plan.writes.map((w) => w.cell)).toEqual(["F5", "F6", "F7"]);
  });

  test("a target whose contents were not read is not written", () => {
    const plan = planPercentWriteBack(scored(), settings, cells({ F4: {} }), {});
    expect(plan.writes.map((w) => w.cell)).toEqual(["F4"]);
    expect(plan.skipped).toEqual([
      { cell: "F5", reason: "not-read" },
      { cell: "F6", reason: "not-read" },
      { cell: "F7", reason: "not-read" },
    ]);
  });

  test("a return without a % column: nothing to write and a finding in both languages", () => {
    const plan = planPercentWriteBack(scored(false), settings, allEmpty, { F4: 1 });
    expect(plan.writes).toEqual([]);
    expect(plan.clears).toEqual([]);
    expect(plan.findings).toEqual([{ sheet: "Xã Trạm Tấu", cell: "", severity: "warning", code: "no-percent-column" }]);
    expect(problemText(plan.findings[0], "vi")).toMatch(/không có cột So sánh \(%\)/);
    expect(problemText(plan.findings[0], "en")).toMatch(/no % \(so sánh\) column/);
  });
});

describe("helpers", () => {
  test("convention: most numbers %-formatted → fraction; quoted % or no numbers → points", () => {
    const c = (value: CellContent["value"], numberFormat: string): CellContent => ({ value, numberFormat });
    expect(percentConvention([c(0.9, "0.0%"), c(1.2, "0%"), c(50, "0.0")])).toBe("fraction");
    expect(percentConvention([c(90, '0.0"%"'), c(120, "0")])).toBe("points");
    expect(percentConvention([c("", "0.0%"), c("đạt", "0%")])).toBe("points");
    expect(percentConvention([])).toBe("points");
  });

  test("formats and values follow the decimals, rounding half away from zero as shown", () => {
    expect(percentNumberFormat("fraction", 0)).toBe("0%");
    expect(percentNumberFormat("points", 3)).toBe("0.000");
    expect(percentValue(86.75, "points", 1)).toBe(86.8);
    expect(percentValue(86.75, "fraction", 1)).toBe(0.868);
    expect(percentValue(99.95, "points", 1)).toBe(100);
    expect(percentValue(63.1578947, "fraction", 0)).toBe(0.63);
  });

  test("empty means no value and no formula", () => {
    expect(isEmptyCell({ value: "", numberFormat: "General" })).toBe(true);
    expect(isEmptyCell({ value: null, numberFormat: "0.0%" })).toBe(true);
    expect(isEmptyCell({ value: "", numberFormat: "General", formula: '=IF(D4="","",E4/D4)' })).toBe(false);
    expect(isEmptyCell({ value: 0, numberFormat: "General" })).toBe(false);
  });
});

describe("planPercentWriteBack: typed values, told before, replaced only when asked", () => {
  // F4 empty; F5 typed 86,8 (agrees); F6 typed 70 (disagrees with 68); F7 a formula
  const current = cells({
    F4: {},
    F5: { value: 86.8 },
    F6: { value: 70 },
    F7: { value: 63, formula: "=E7/D7*100" },
    F8: {},
  });

  test("counts what will be filled, what is typed and what of it disagrees; writes only the fill", () => {
    const plan = planPercentWriteBack(scored(), settings, current, {});
    expect(plan.writes.map((w) => w.cell)).toEqual(["F4"]);
    expect([plan.typed, plan.disagreeing, plan.formulas]).toEqual([["F5", "F6"], ["F6"], ["F7"]]);
    expect(plan.previous).toEqual([{ cell: "F4", content: current.F4 }]);
  });

  test("asked to, replaces the disagreeing typed value (keeping what it held), never the formula or the agreeing one", () => {
    const plan = planPercentWriteBack(scored(), settings, current, {}, { replaceDisagreeing: true });
    expect(plan.writes.map((w) => [w.cell, w.value])).toEqual([
      ["F4", 110],
      ["F6", 68],
    ]);
    expect(plan.previous).toEqual([
      { cell: "F4", content: current.F4 },
      { cell: "F6", content: current.F6 },
    ]);
    expect(plan.skipped.map((s) => s.cell)).toEqual(["F5", "F7"]);
    expect(plan.record).toEqual({ F4: 110, F6: 68 });
  });

  test("a fraction typed in a % format agrees with the same points; text never agrees", () => {
    const mixed = cells({ F4: { value: 1.1, numberFormat: "0%" }, F5: { value: "86,8%" }, F6: {}, F7: {}, F8: {} });
    const plan = planPercentWriteBack(scored(), settings, mixed, {});
    expect([plan.typed, plan.disagreeing]).toEqual([["F4", "F5"], ["F5"]]);
  });
});

describe("planPercentUndo", () => {
  test("gives back what each cell held if it still holds what the add-in wrote; a cell edited since is left", () => {
    const undo = {
      F4: { value: "", numberFormat: "General", fill: null, wasOurs: false },
      F6: { value: 70, numberFormat: "General", fill: "#FFFF00", wasOurs: false },
      F5: { value: 80, numberFormat: "0.0", fill: "#FFC000", wasOurs: true },
    };
    const now = cells({ F4: { value: 110 }, F5: { value: 86.8 }, F6: { value: 99 } }); // F6 edited since
    const plan = planPercentUndo(undo, now, { F4: 110, F5: 86.8, F6: 68 });
    expect(plan.restores.map((r) => r.cell)).toEqual(["F4", "F5"]);
    expect(plan.skipped).toEqual(["F6"]);
    // F4 is the user's (empty) again, F5 holds the add-in's earlier % again, F6 stays as recorded
    expect(plan.record).toEqual({ F5: 80, F6: 68 });
  });
});
