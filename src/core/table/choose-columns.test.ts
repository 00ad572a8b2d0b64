import { chooseColumns } from "./choose-columns";
import type { HeaderCell } from "./find-header";

describe("chooseColumns", () => {
  const cell = (column: number, text: string, role: HeaderCell["role"], year: number | null = null): HeaderCell => ({
    column,
    text,
    role,
    year,
  });

  it("prefers the first plan and the actual closest after it", () => {
    const { columns, headers } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Lũy kế", "actual"),
      cell(3, "KH năm", "plan"),
      cell(4, "KH 6 tháng", "plan"),
      cell(5, "Ước TH 6 tháng", "actual"),
      cell(6, "So sánh (%)", "percent"),
    ]);
    expect(columns).toEqual({ name: 1, plan: 3, actual: 5, percent: 6 });
    expect(headers.actual).toBe("Ước TH 6 tháng");
  });

  it("takes an older 'TH năm 2021' for the baseline", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "TH năm 2021", "actual", 2021),
      cell(3, "KH năm 2022", "plan", 2022),
      cell(4, "Ước TH 6 tháng", "actual"),
    ]);
    expect(columns).toEqual({ name: 1, baseline: 2, plan: 3, actual: 4 });
  });

  it("uses the title's year as reference", () => {
    const cells = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH", "plan"),
      cell(3, "TH năm 2021", "actual", 2021),
      cell(4, "TH", "actual"),
    ];
    expect(chooseColumns(cells, 2022).columns).toEqual({ name: 1, plan: 2, baseline: 3, actual: 4 });
    expect(chooseColumns(cells, null).columns).toEqual({ name: 1, plan: 2, actual: 3 });
  });

  it("infers a blank name header next to the code column", () => {
    const { columns } = chooseColumns([
      cell(1, "STT", "code"),
      cell(3, "ĐVT", "unit"),
      cell(4, "KH", "plan"),
      cell(5, "TH", "actual"),
    ]);
    expect(columns.name).toBe(2);
  });

  it("takes a lone result column as the actual whatever its year (a mid-term review)", () => {
    const review = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Mục tiêu đến năm 2030", "plan", 2030),
      cell(3, "Kết quả đến tháng 6/2027", "actual", 2027),
    ];
    expect(chooseColumns(review).columns).toEqual({ name: 1, plan: 2, actual: 3 });
    expect(chooseColumns(review, 2027).columns).toEqual({ name: 1, plan: 2, actual: 3 });
  });

  it("of two result columns of different years, takes the earlier for the baseline", () => {
    const cells = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH 2026", "plan", 2026),
      cell(3, "TH 2026", "actual", 2026),
      cell(4, "TH 2025", "actual", 2025),
    ];
    expect(chooseColumns(cells).columns).toEqual({ name: 1, plan: 2, actual: 3, baseline: 4 });
    const reversed = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH 2026", "plan", 2026),
      cell(3, "TH 2025", "actual", 2025),
      cell(4, "TH 2026", "actual", 2026),
    ];
    expect(chooseColumns(reversed).columns).toEqual({ name: 1, plan: 2, baseline: 3, actual: 4 });
  });

  it("takes the cumulative column beside a period's own column", () => {
    const quarter = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH năm", "plan"),
      cell(3, "Thực hiện quý III", "actual"),
      cell(4, "Lũy kế đến hết quý III", "actual"),
    ];
    expect(chooseColumns(quarter).columns).toMatchObject({ plan: 2, actual: 4 });
    const month = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH năm", "plan"),
      cell(3, "Lũy kế 9 tháng", "actual"),
      cell(4, "TH tháng 9", "actual"),
    ];
    expect(chooseColumns(month).columns).toMatchObject({ plan: 2, actual: 3 });
  });

  it("takes a year alone for the result of a review when no header names a result", () => {
    const review = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Mục tiêu đến năm 2030", "plan", 2030),
      cell(3, "Năm 2027", null, 2027),
    ];
    expect(chooseColumns(review).columns).toEqual({ name: 1, plan: 2, actual: 3 });
    const twoYears = [...review, cell(4, "2028", null, 2028)];
    expect(chooseColumns(twoYears).columns).toEqual({ name: 1, plan: 2, baseline: 3, actual: 4 });
    // with a result column named, a year alone stays nothing
    const named = [...review, cell(4, "Thực hiện", "actual")];
    expect(chooseColumns(named).columns).toEqual({ name: 1, plan: 2, actual: 4 });
  });
});
