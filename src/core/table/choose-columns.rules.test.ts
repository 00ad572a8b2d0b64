// Which column takes each role when a header offers several (domain.md, "Sheet layouts seen in the
// field"): the plan, the actual beside it, last year's "TH năm 2021", and a name column left blank.
import { chooseColumns } from "./choose-columns";
import type { HeaderCell } from "./find-header";

const cell = (column: number, text: string, role: HeaderCell["role"], year: number | null = null): HeaderCell => ({
  column,
  text,
  role,
  year,
});

describe("plan and actual", () => {
  it("takes the actual closest before the plan when none follows it", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "TH quý III", "actual"),
      cell(3, "Lũy kế 9 tháng", "actual"),
      cell(4, "KH năm", "plan"),
    ]);
    expect(columns).toEqual({ name: 1, actual: 3, plan: 4 });
  });

  it("takes 'Chỉ tiêu NQ' beside the name column for the resolution's target", () => {
    const chosen = chooseColumns([
      cell(1, "STT", "code"),
      cell(2, "Chỉ tiêu", "name"),
      cell(3, "ĐVT", "unit"),
      cell(4, "Chỉ tiêu NQ", "name"),
      cell(5, "Kết quả", "actual"),
    ]);
    expect(chosen.columns).toEqual({ code: 1, name: 2, unit: 3, plan: 4, actual: 5 });
    expect(chosen.headers.plan).toBe("Chỉ tiêu NQ");
    // alone, or first, "Chỉ tiêu Nghị quyết" names the indicators
    expect(
      chooseColumns([cell(1, "Chỉ tiêu Nghị quyết", "name"), cell(2, "Kế hoạch", "plan"), cell(3, "TH", "actual")])
        .columns,
    ).toEqual({ name: 1, plan: 2, actual: 3 });
    // a plan column already there keeps its role; the second name column is only a second name
    expect(
      chooseColumns([
        cell(1, "Chỉ tiêu", "name"),
        cell(2, "Chỉ tiêu NQ", "name"),
        cell(3, "KH năm", "plan"),
        cell(4, "TH", "actual"),
      ]).columns,
    ).toEqual({ name: 1, plan: 3, actual: 4 });
    // a second name column that names no resolution stays a name
    expect(
      chooseColumns([cell(1, "Chỉ tiêu", "name"), cell(2, "Nội dung", "name"), cell(3, "TH", "actual")]).columns,
    ).toEqual({ name: 1, actual: 3 });
  });

  it("measures against the adjusted plan ('KH điều chỉnh') where the council adjusted it", () => {
    const chosen = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH đầu năm", "plan"),
      cell(3, "KH điều chỉnh", "plan"),
      cell(4, "Thực hiện", "actual"),
    ]);
    expect(chosen.columns).toEqual({ name: 1, plan: 3, actual: 4 });
    expect(chosen.alternatives.plan).toEqual([2]); // the plan first given stays a choice to check
    // whichever comes first
    expect(
      chooseColumns([
        cell(1, "Chỉ tiêu", "name"),
        cell(2, "Kế hoạch sau điều chỉnh", "plan"),
        cell(3, "Kế hoạch giao đầu năm", "plan"),
        cell(4, "TH", "actual"),
      ]).columns.plan,
    ).toBe(2);
    // an amount of adjustment is not a plan to measure against; a lone adjusted plan is the plan
    expect(
      chooseColumns([
        cell(1, "Chỉ tiêu", "name"),
        cell(2, "KH năm", "plan"),
        cell(3, "KH điều chỉnh tăng, giảm", "plan"),
        cell(4, "TH", "actual"),
      ]).columns.plan,
    ).toBe(2);
    expect(chooseColumns([cell(1, "Chỉ tiêu", "name"), cell(2, "KH điều chỉnh", "plan")]).columns.plan).toBe(2);
  });

  it("takes the cumulative result beside a period result even when there is no plan", () => {
    expect(
      chooseColumns([cell(1, "Chỉ tiêu", "name"), cell(2, "TH", "actual"), cell(3, "Lũy kế", "actual")]).columns,
    ).toEqual({
      name: 1,
      actual: 3,
    });
  });

  it("takes the first column for every other role", () => {
    const { columns, headers } = chooseColumns([
      cell(1, "STT", "code"),
      cell(2, "Mã số", "code"),
      cell(3, "Chỉ tiêu", "name"),
      cell(4, "Nội dung", "name"),
      cell(5, "ĐVT", "unit"),
      cell(6, "Đơn vị", "unit"),
      cell(7, "Ghi chú", "note"),
      cell(8, "Ghi chú khác", "note"),
    ]);
    expect(columns).toEqual({ code: 1, name: 3, unit: 5, note: 7 });
    expect(headers).toEqual({ code: "STT", name: "Chỉ tiêu", unit: "ĐVT", note: "Ghi chú" });
  });

  it("takes the percent column after the actual", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "% KH", "percent"),
      cell(3, "KH", "plan"),
      cell(4, "TH", "actual"),
      cell(5, "So sánh (%)", "percent"),
    ]);
    expect(columns.percent).toBe(5);
  });

  it("lists only the roles it found", () => {
    expect(Object.keys(chooseColumns([cell(1, "Chỉ tiêu", "name"), cell(2, "KH", "plan")]).columns).sort()).toEqual([
      "name",
      "plan",
    ]);
  });

  it("ignores cells that name no role", () => {
    expect(
      chooseColumns([cell(1, "Chỉ tiêu", "name"), cell(2, "Cơ quan chủ trì", null), cell(3, "KH", "plan")]).columns,
    ).toEqual({
      name: 1,
      plan: 3,
    });
  });
});

describe("last year's figure (cùng kỳ) by its year", () => {
  it("keeps an actual of the plan's own year as the actual", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH năm 2022", "plan", 2022),
      cell(3, "TH năm 2022", "actual", 2022),
    ]);
    expect(columns).toEqual({ name: 1, plan: 2, actual: 3 });
  });

  it("takes the older of two dated actuals for last year's, the newer for this year's", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "TH 2021", "actual", 2021),
      cell(3, "TH 2022", "actual", 2022),
    ]);
    expect(columns).toEqual({ name: 1, baseline: 2, actual: 3 });
  });

  it("never turns a plan into last year's figure", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH năm 2021", "plan", 2021),
      cell(3, "TH năm 2022", "actual", 2022),
    ]);
    expect(columns).toEqual({ name: 1, plan: 2, actual: 3 });
  });

  it("a year in a column that is neither plan nor actual does not make the actual last year's", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH 2021", "plan", 2021),
      cell(3, "TH 2021", "actual", 2021),
      cell(4, "Ghi chú (số liệu đến 2022)", "note", 2022),
    ]);
    expect(columns).toEqual({ name: 1, plan: 2, actual: 3, note: 4 });
    // nor does it date an undated result beside this year's
    const undated = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH 2025", "plan", 2025),
      cell(3, "TH 2025", "actual", 2025),
      cell(4, "Ước TH", "actual"),
      cell(5, "Ghi chú (số liệu đến 2026)", "note", 2026),
    ]);
    expect(undated.columns).toEqual({ name: 1, plan: 2, actual: 3, note: 5 });
  });

  it("a title dated earlier than the header does not make this year's actual last year's", () => {
    const cells = [cell(1, "Chỉ tiêu", "name"), cell(2, "KH 2022", "plan", 2022), cell(3, "TH 2022", "actual", 2022)];
    expect(chooseColumns(cells, 2021).columns).toEqual({ name: 1, plan: 2, actual: 3 });
  });
});

describe("a target over years dates no result", () => {
  it("keeps a dated result the actual's rival, not last year's figure, beside an undated one", () => {
    const cells = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Mục tiêu đến năm 2030", "plan", 2030),
      cell(3, "TH 6 tháng", "actual"),
      cell(4, "TH năm 2027", "actual", 2027),
    ];
    const chosen = chooseColumns(cells);
    expect(chosen.columns).toEqual({ name: 1, plan: 2, actual: 3 });
    expect(chosen.alternatives.actual).toEqual([4]);
  });

  it("still dates undated results by a one-year plan", () => {
    const cells = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH năm 2026", "plan", 2026),
      cell(3, "TH", "actual"),
      cell(4, "TH năm 2025", "actual", 2025),
    ];
    expect(chooseColumns(cells).columns).toEqual({ name: 1, plan: 2, actual: 3, baseline: 4 });
  });
});

describe("'Đơn vị' alone", () => {
  it("is the list of units (the name column) when no column names the indicators", () => {
    const cells = [cell(1, "STT", "code"), cell(2, "Đơn vị", "unit"), cell(3, "KH", "plan"), cell(4, "TH", "actual")];
    expect(chooseColumns(cells).columns).toEqual({ code: 1, name: 2, plan: 3, actual: 4 });
  });

  it("is the unit of measure beside an indicator column, and 'Đơn vị tính' always is", () => {
    const named = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Đơn vị", "unit"),
      cell(3, "KH", "plan"),
      cell(4, "TH", "actual"),
    ];
    expect(chooseColumns(named).columns).toEqual({ name: 1, unit: 2, plan: 3, actual: 4 });
    const measure = [
      cell(1, "STT", "code"),
      cell(3, "Đơn vị tính", "unit"),
      cell(4, "KH", "plan"),
      cell(5, "TH", "actual"),
    ];
    expect(chooseColumns(measure).columns).toEqual({ code: 1, name: 2, unit: 3, plan: 4, actual: 5 });
  });
});

describe("a column headed by a year alone", () => {
  it("is the result in a review against a target over years", () => {
    const cells = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Mục tiêu đến năm 2030", "plan", 2030),
      cell(3, "Năm 2027", null, 2027),
    ];
    expect(chooseColumns(cells, 2027).columns).toEqual({ name: 1, plan: 2, actual: 3 });
    const term = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "NQ giai đoạn 2020-2025", "plan", 2025),
      cell(3, "Năm 2023", null, 2023),
    ];
    expect(chooseColumns(term).columns).toEqual({ name: 1, plan: 2, actual: 3 });
  });

  it("is the result when it is the plan's own year", () => {
    const cells = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Kế hoạch năm 2024", "plan", 2024),
      cell(3, "Năm 2024", null, 2024),
    ];
    expect(chooseColumns(cells).columns).toEqual({ name: 1, plan: 2, actual: 3 });
  });

  it("is last year's figure, never the actual, when earlier than a one-year plan or the report's year", () => {
    const cells = [
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Năm 2023", null, 2023),
      cell(3, "Kế hoạch năm 2024", "plan", 2024),
    ];
    expect(chooseColumns(cells).columns).toEqual({ name: 1, baseline: 2, plan: 3 });
    const undated = [cell(1, "Chỉ tiêu", "name"), cell(2, "Năm 2023", null, 2023), cell(3, "Kế hoạch", "plan")];
    expect(chooseColumns(undated, 2024).columns).toEqual({ name: 1, baseline: 2, plan: 3 });
    expect(chooseColumns(undated).columns).toEqual({ name: 1, actual: 2, plan: 3 });
  });
});

describe("a name column with a blank header", () => {
  it("is inferred right after the code column", () => {
    const { columns, headers } = chooseColumns([cell(1, "STT", "code"), cell(3, "ĐVT", "unit"), cell(4, "KH", "plan")]);
    expect(columns.name).toBe(2);
    expect(headers.name).toBeUndefined();
  });

  it("prefers the column after the code column to the one before the unit column", () => {
    expect(chooseColumns([cell(1, "STT", "code"), cell(4, "ĐVT", "unit"), cell(5, "KH", "plan")]).columns.name).toBe(2);
  });

  it("is inferred right before the unit column when the code column has a neighbour", () => {
    const { columns } = chooseColumns([
      cell(1, "STT", "code"),
      cell(2, "Nhóm", null),
      cell(4, "ĐVT", "unit"),
      cell(5, "KH", "plan"),
    ]);
    expect(columns.name).toBe(3);
  });

  it("is inferred before the unit column when there is no code column", () => {
    expect(chooseColumns([cell(2, "ĐVT", "unit"), cell(3, "KH", "plan")]).columns.name).toBe(1);
  });

  it("is not inferred when the columns beside code and unit have a header, nor left of column A", () => {
    expect(
      chooseColumns([cell(1, "STT", "code"), cell(2, "Nhóm", null), cell(3, "ĐVT", "unit"), cell(4, "KH", "plan")])
        .columns.name,
    ).toBeUndefined();
    expect(chooseColumns([cell(1, "ĐVT", "unit"), cell(2, "KH", "plan")]).columns.name).toBeUndefined();
    expect(chooseColumns([cell(2, "STT", "code"), cell(3, "KH", "plan")]).columns.name).toBeUndefined();
  });

  it("is not inferred when a column is named", () => {
    expect(
      chooseColumns([cell(1, "STT", "code"), cell(3, "Chỉ tiêu", "name"), cell(4, "ĐVT", "unit")]).columns.name,
    ).toBe(3);
  });
});

describe("results of several years against a multi-year target", () => {
  it("keeps a five-year target as the plan though its first year is older than the results", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Mục tiêu giai đoạn 2021-2025", "plan", 2021),
      cell(3, "TH năm 2024", "actual", 2024),
      cell(4, "TH năm 2025", "actual", 2025),
    ]);
    expect(columns).toEqual({ name: 1, plan: 2, baseline: 3, actual: 4 });
  });

  it("does not take an undated result for last year's when neither the plan nor the title has a year", () => {
    const { columns, alternatives } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH", "plan"),
      cell(3, "TH 6 tháng", "actual"),
      cell(4, "TH năm 2025", "actual", 2025),
    ]);
    expect(columns).toEqual({ name: 1, plan: 2, actual: 3 });
    expect(alternatives.actual).toEqual([4]);
  });
});

describe("a review's result headed by its year alone", () => {
  const review = [cell(1, "Chỉ tiêu", "name"), cell(2, "Mục tiêu đến năm 2030", "plan", 2030)];

  it("reads only the bare year as the result, not another unnamed column", () => {
    const { columns, alternatives } = chooseColumns([
      ...review,
      cell(3, "Năm 2027", null, 2027),
      cell(4, "Cơ quan chủ trì", null),
    ]);
    expect(columns).toEqual({ name: 1, plan: 2, actual: 3 });
    expect(alternatives.actual).toEqual([]);
  });

  it("does not read a year inside a longer header as a result", () => {
    for (const text of ["Nguồn số liệu 2027", "2027 (dự kiến)"])
      expect(chooseColumns([...review, cell(3, text, null, 2027)]).columns).toEqual({ name: 1, plan: 2 });
  });

  it("needs a plan column: a year alone beside names only is no result", () => {
    expect(chooseColumns([cell(1, "Chỉ tiêu", "name"), cell(2, "Năm 2027", null, 2027)]).columns).toEqual({
      name: 1,
    });
  });
});

describe("which result and which % column", () => {
  it("keeps the cumulative result closest after the plan when the next one is cumulative too", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH năm", "plan"),
      cell(3, "Lũy kế 6 tháng", "actual"),
      cell(4, "Ước TH cả năm", "actual"),
    ]);
    expect(columns.actual).toBe(3);
  });

  it("takes the cumulative result just before a period result that is last after the plan", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "Lũy kế 9 tháng", "actual"),
      cell(3, "TH quý III", "actual"),
      cell(4, "KH năm", "plan"),
    ]);
    expect(columns).toEqual({ name: 1, actual: 2, plan: 4 });
  });

  it("with no result column, takes the first % column", () => {
    const { columns } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "% KH", "percent"),
      cell(3, "So sánh (%)", "percent"),
    ]);
    expect(columns).toEqual({ name: 1, percent: 2 });
  });
});

describe("the other plan and result columns, for a person to check", () => {
  it("lists every plan and result column not chosen", () => {
    const { columns, alternatives } = chooseColumns([
      cell(1, "Chỉ tiêu", "name"),
      cell(2, "KH năm", "plan"),
      cell(3, "KH 6 tháng", "plan"),
      cell(4, "TH quý II", "actual"),
      cell(5, "Ước TH 6 tháng", "actual"),
    ]);
    expect(columns).toMatchObject({ plan: 2, actual: 4 });
    expect(alternatives).toEqual({ plan: [3], actual: [5] });
  });

  it("lists none when the sheet has no plan or result column", () => {
    expect(chooseColumns([cell(1, "Chỉ tiêu", "name"), cell(2, "ĐVT", "unit")]).alternatives).toEqual({
      plan: [],
      actual: [],
    });
  });
});
