/**
 * Large plans share what recurs (formulas, notes, band names, whole cells) instead of holding one
 * copy per row: the shared values must be the same as freshly made ones, and never be changed.
 */
import { analyze } from "../analyze";
import { bandLabel } from "../i18n/labels";
import type { ScoredIndicator } from "../model";
import { scoreReturn } from "../scoring/score-return";
import { returnTable } from "../scoring/test-support";
import { parseSettings } from "../settings";
import { gridOf } from "../table/test-support";
import { bandLabelFormula } from "./band-rules";
import { buildSummaryPlan } from "./build-summary";
import { achievementFormula } from "./figure-cells";
import { noteText } from "./return-sheet";
import { SheetBuilder, a4Landscape } from "./sheet-builder";

const settings = parseSettings({});

describe("SheetBuilder.setShared", () => {
  it("gives equal cells the same frozen object across sheets, and different cells different ones", () => {
    const a = new SheetBuilder();
    const b = new SheetBuilder();
    a.setShared(12, 7, "Đạt dưới 50%", "band", "IF(F12>1,1,0)");
    b.setShared(12, 7, "Đạt dưới 50%", "band", "IF(F12>1,1,0)");
    b.setShared(12, 7, "Đạt dưới 50%", "band", "IF(F12>2,1,0)");
    b.setShared(12, 7, "Chưa đánh giá", "band", "IF(F12>1,1,0)");
    b.setShared(12, 7, "Đạt dưới 50%", "note");
    b.setShared(13, 7, "Đạt dưới 50%", "note");
    expect(a.cells[0]).toBe(b.cells[0]);
    expect(a.cells[0]).toEqual({ row: 12, col: 7, value: "Đạt dưới 50%", style: "band", formula: "IF(F12>1,1,0)" });
    expect(new Set(b.cells).size).toBe(5);
    expect(b.cells[3]).toEqual({ row: 12, col: 7, value: "Đạt dưới 50%", style: "note" });
    expect("formula" in b.cells[3]).toBe(false);
    expect(b.cells[4].row).toBe(13);
    expect(Object.isFrozen(a.cells[0])).toBe(true);
  });

  it('tells 1 from "1" and null from an empty text', () => {
    const b = new SheetBuilder();
    b.setShared(10, 1, 1, "code");
    b.setShared(10, 1, "1", "code");
    b.setShared(10, 1, null, "code");
    b.setShared(10, 1, "", "code");
    expect(b.cells.map((c) => c.value)).toEqual([1, "1", null, ""]);
  });
});

describe("SheetBuilder with reserved cells", () => {
  const write = (b: SheetBuilder): void => {
    b.banner(1, 1, 3, "Title", "title", 24);
    b.sharedBanner(2, 1, 3, "Group", "group");
    b.set(3, 1, 5, "num0");
    b.setLink(3, 2, "Name", "link", { sheet: "S", cell: "B3" });
  };
  const sheet = (b: SheetBuilder) =>
    b.build({
      name: "S",
      role: "return",
      columnWidths: [],
      conditionalFormats: [],
      charts: [],
      freeze: null,
      page: a4Landscape(null, ""),
    });

  it.each([0, 3, 8, 20, 100_000])("gives the same sheet whatever space was reserved (%i)", (reserved) => {
    const empty = sheet(new SheetBuilder(reserved));
    const plain = new SheetBuilder();
    const reservedBuilder = new SheetBuilder(reserved);
    write(plain);
    write(reservedBuilder);
    expect(empty.cells).toEqual([]);
    const built = sheet(reservedBuilder);
    expect(built.cells).toHaveLength(8);
    expect(built).toEqual(sheet(plain));
    expect(JSON.stringify(built)).toBe(JSON.stringify(sheet(plain)));
  });

  it("shares the merges and the left cell of a shared banner across sheets", () => {
    const a = new SheetBuilder();
    const b = new SheetBuilder();
    write(a);
    write(b);
    expect(a.merges[0]).toBe(b.merges[0]);
    expect(a.cells[3]).toBe(b.cells[3]);
    expect(a.cells[0]).not.toBe(b.cells[0]);
  });
});

describe("shared formulas and labels", () => {
  it("makes each band formula once per reference, equal to the formula made afresh", () => {
    const refs = { met: "$C$7", near: "$D$7", mid: "$E$7", low: "$F$7", none: "$G$7" };
    const first = bandLabelFormula("F12", settings, refs);
    expect(bandLabelFormula("F12", settings, { ...refs })).toBe(first);
    expect(first).toBe(
      "IF(ISNUMBER(F12),IF(ROUND(F12*100,1)>=100,$C$7,IF(ROUND(F12*100,1)>=70,$D$7,IF(ROUND(F12*100,1)>=50,$E$7,$F$7))),$G$7)",
    );
    const other = parseSettings({ bands: { met: 95, near: 80, mid: 60 } });
    expect(bandLabelFormula("F12", other, refs)).toContain(">=95,$C$7");
    expect(bandLabelFormula("F12", settings, refs)).toBe(first);
  });

  it("names bands after the thresholds in force, switching back and forth", () => {
    const other = parseSettings({ bands: { met: 95, near: 80, mid: 60 } }).bands;
    expect(bandLabel("near", "vi", settings.bands)).toBe("Đạt từ 70% đến dưới 100%");
    expect(bandLabel("near", "vi", other)).toBe("Đạt từ 80% đến dưới 95%");
    expect(bandLabel("near", "en", other)).toBe("80% to under 95%");
    expect(bandLabel("near", "vi", settings.bands)).toBe("Đạt từ 70% đến dưới 100%");
  });

  it("shares the % formula per pair of references and keeps up and down apart", () => {
    const [up, down] = scoreReturn(
      returnTable("Xã A", [
        { name: "Thu ngân sách", unit: "triệu đồng", plan: 100, actual: 80 },
        { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 4, actual: 5 },
      ]),
      settings,
      "a.xlsx",
    ).indicators;
    const a = achievementFormula(up, "D12", "E12");
    expect(achievementFormula(up, "D12", "E12")).toBe(a);
    expect(a).toBe('IF(AND(ISNUMBER(D12),ISNUMBER(E12),D12<>0),E12/D12,"")');
    expect(achievementFormula(down, "D12", "E12")).toBe(
      'IF(AND(ISNUMBER(D12),ISNUMBER(E12)),IF(E12=0,IF(D12>=0,1,""),D12/E12),"")',
    );
    expect(achievementFormula(up, "D13", "E13")).toBe('IF(AND(ISNUMBER(D13),ISNUMBER(E13),D13<>0),E13/D13,"")');
  });
});

describe("noteText", () => {
  const scored = scoreReturn(
    returnTable("Xã A", [
      { name: "Tỷ lệ hộ nghèo", unit: "%", plan: 4, actual: 9 },
      { name: "Tỷ lệ hộ nghèo (2)", unit: "%", plan: 4, actual: 9 },
      { name: "Giảm số hộ nghèo", unit: "hộ", plan: 10, actual: null },
      { name: "Diện tích lúa", unit: "ha", plan: 0, actual: 5 },
    ]),
    settings,
    "a.xlsx",
  ).indicators;

  it("is the same text for the same facts, in either language", () => {
    expect(noteText(scored[0], settings)).toMatch(/; Đạt thấp, cần tập trung chỉ đạo; Chỉ tiêu trọng tâm$/);
    expect(noteText(scored[1], settings)).toBe(noteText(scored[0], settings));
    const en = parseSettings({ language: "en" });
    expect(noteText(scored[0], en)).not.toBe(noteText(scored[0], settings));
    expect(noteText(scored[0], en)).toContain("Lagging; Priority");
    expect(noteText(scored[3], settings)).toContain("Kế hoạch bằng 0");
  });

  it("adds the sheet's own note, which is never shared by mistake", () => {
    const withNote: ScoredIndicator = { ...scored[1], note: "Số liệu tạm tính" };
    expect(noteText(withNote, settings)).toBe(`${noteText(scored[1], settings)}; Số liệu tạm tính`);
    expect(noteText(scored[1], settings)).not.toContain("tạm tính");
  });
});

describe("a plan of many returns with one layout", () => {
  it("shares cells between return sheets and equals the plan of each return alone", () => {
    const grid = (area: string, plan: number) =>
      gridOf(
        [
          [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024 - ${area.toUpperCase()}`],
          ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Ghi chú"],
          [1, "Thu ngân sách trên địa bàn", "triệu đồng", plan, 80, null],
          [2, "Tỷ lệ hộ nghèo", "%", 4, 5, null],
        ],
        { sheet: area },
      );
    const both = buildSummaryPlan(
      analyze([{ file: "x.xlsx", grids: [grid("Xã Một", 100), grid("Xã Hai", 200)], findings: [] }], settings),
      settings,
    );
    const [, one, two] = both.sheets;
    const shared = one.cells.filter((c) => two.cells.includes(c));
    expect(shared.length).toBeGreaterThan(5);
    expect(shared.every((c) => Object.isFrozen(c))).toBe(true);
    const alone = buildSummaryPlan(
      analyze([{ file: "x.xlsx", grids: [grid("Xã Hai", 200)], findings: [] }], settings),
      settings,
    );
    expect(JSON.stringify(two.cells)).toBe(JSON.stringify(alone.sheets[0].cells));
  });
});
