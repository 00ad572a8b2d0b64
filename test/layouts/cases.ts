/**
 * The layout corpus: returns laid out the ways commune offices lay them out (domain.md, "Sheet layouts
 * seen in the field", and issue 13), each with the figures a person reads off it, worked by hand.
 * To add a layout: add a case here (its rows as typed, and what a clerk would read), then run
 * `npx jest test/layouts`; `node -r ./scripts/ts-register.js test/layouts/make-layouts.ts <dir>`
 * writes the .xlsx files to look at.
 */
import type { CellValue } from "../../src/core/grid";
import { encodeTcvn3, encodeVni } from "../../src/core/text/legacy";
import {
  DEFENCE,
  DEFENCE_EXPECTED,
  HEADER,
  STANDARD,
  STANDARD_EXPECTED,
  arrange,
  title,
  type ExpectedRow,
  type LayoutCase,
  type Role,
  type Row5,
  type SheetDescription,
} from "./describe";

const STD: Role[] = ["code", "name", "unit", "plan", "actual"];
const SUBTITLE: CellValue[] = ["(Kèm theo Báo cáo số 45/BC-UBND ngày 20/12/2024)"];

/** A one-sheet case: title rows, header rows, then the rows. */
function single(
  name: string,
  description: string,
  sheet: SheetDescription,
  area: string | null,
  rows: ExpectedRow[],
): LayoutCase {
  return { name, description, sheets: [sheet], expect: { [sheet.name]: { area, rows } } };
}

/** The standard indicators under a one-row header with the given words, in the given column order. */
function withHeader(
  name: string,
  description: string,
  header: CellValue[],
  order: Role[] = STD,
  rows: Row5[] = STANDARD,
  expected: ExpectedRow[] = STANDARD_EXPECTED,
): LayoutCase {
  return single(
    name,
    description,
    { name: "Xa Tram Tau", rows: [title("Xã Trạm Tấu"), SUBTITLE, header, ...arrange(rows, order)] },
    "Xã Trạm Tấu",
    expected,
  );
}

/** STANDARD rows with a baseline column: poverty rate 5 last year, so (5 − 3,5) / (5 − 4) = 150 %. */
const BASELINES = [28, 380, 15, 30, 5, 40];
const WITH_BASELINE_EXPECTED: ExpectedRow[] = STANDARD_EXPECTED.map((row) =>
  row[0] === "Tỷ lệ hộ nghèo" ? ["Tỷ lệ hộ nghèo", 4, 3.5, 150, "met"] : row,
);

/** The period's own figure (a share of the cumulative one) beside the cumulative column, which is the actual. */
function periodBesideCumulative(name: string, description: string, period: string, cumulative: string, share: number) {
  return single(
    name,
    description,
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu", "9 THÁNG NĂM 2024"),
        ["STT", "Chỉ tiêu", "ĐVT", "KH năm", period, cumulative],
        ...STANDARD.map((r) => [r[0], r[1], r[2], r[3], Math.round((r[4] as number) * share * 100) / 100, r[4]]),
      ],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  );
}

const encodeAll = (rows: CellValue[][], encode: (s: string) => string): CellValue[][] =>
  rows.map((row) => row.map((v) => (typeof v === "string" ? encode(v) : v)));

const standardRows = (area: string, period?: string): CellValue[][] => [
  title(area, period),
  HEADER,
  ...STANDARD.map((r) => [...r, null, null]),
];

/** Two communes' sheets and a hand-typed summary of them named `sheet`, its unit column headed `unitHeader`. */
function handSummary(name: string, description: string, sheet: string, unitHeader: string): LayoutCase {
  return {
    name,
    description,
    sheets: [
      { name: "Trạm Tấu", rows: standardRows("Xã Trạm Tấu") },
      { name: "Bản Công", rows: standardRows("Xã Bản Công") },
      {
        name: sheet,
        rows: [
          ["TỔNG HỢP THU NGÂN SÁCH CÁC XÃ NĂM 2024"],
          ["STT", unitHeader, "Kế hoạch", "Thực hiện"],
          [1, "Xã Trạm Tấu", 30, 33],
          [2, "Xã Bản Công", 30, 33],
          [null, "Tổng cộng", 60, 66],
        ],
      },
    ],
    expect: {
      "Trạm Tấu": { area: "Xã Trạm Tấu", rows: STANDARD_EXPECTED },
      "Bản Công": { area: "Xã Bản Công", rows: STANDARD_EXPECTED },
      [sheet]: "skipped",
    },
  };
}

export const CASES: LayoutCase[] = [
  // ---------- headers ----------
  withHeader("mot-dong-tieu-de", "One header row with the standard words.", HEADER),
  single(
    "hai-dong-tieu-de",
    "A two-row header: 'Năm 2024' merged over 'Kế hoạch | Thực hiện', STT/Chỉ tiêu/ĐVT merged down.",
    {
      name: "Tram Tau",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", null, "Ghi chú"],
        [null, null, null, "Kế hoạch", "Thực hiện", null],
        ...arrange(STANDARD, STD),
      ],
      merges: ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "hang-so-cot",
    "A column-number row 'A | B | C | 1 | 2 | 3=2/1' under the header.",
    {
      name: "Sheet1",
      rows: [title("Xã Trạm Tấu"), HEADER, ["A", "B", "C", 1, 2, "3=2/1", 4], ...arrange(STANDARD, STD)],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "hai-dong-va-so-cot",
    "A two-row merged header and a column-number row.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["TT", "Nội dung", "Đơn vị tính", "Kết quả năm 2024", null, "So sánh (%)"],
        [null, null, null, "Kế hoạch", "Thực hiện", null],
        ["A", "B", "C", 1, 2, "3=2/1"],
        ...arrange(STANDARD, STD),
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "tieu-de-o-xa-duoi",
    "Fourteen rows of letterhead, subtitles and blanks before the header.",
    {
      name: "Sheet1",
      rows: [
        ["ỦY BAN NHÂN DÂN", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["XÃ BẢN CÔNG", null, null, null, "Độc lập - Tự do - Hạnh phúc"],
        [],
        ["BÁO CÁO"],
        ["Kết quả thực hiện các chỉ tiêu kinh tế - xã hội năm 2024"],
        SUBTITLE,
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        ["STT", "Tên chỉ tiêu", "ĐVT", "KH", "TH"],
        ...arrange(STANDARD, STD),
      ],
    },
    "Xã Bản Công",
    STANDARD_EXPECTED,
  ),
  // ---------- column orders ----------
  withHeader(
    "th-truoc-kh",
    "Thực hiện before Kế hoạch.",
    ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch"],
    ["code", "name", "unit", "actual", "plan"],
  ),
  withHeader(
    "dvt-cuoi",
    "The unit column last.",
    ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "ĐVT"],
    ["code", "name", "plan", "actual", "unit"],
  ),
  withHeader("khong-stt", "No STT column.", ["Chỉ tiêu", "ĐVT", "KH", "TH"], ["name", "unit", "plan", "actual"]),
  withHeader(
    "dvt-truoc-ten",
    "Unit before the name, figures first.",
    ["KH", "TH", "STT", "ĐVT", "Chỉ tiêu"],
    ["plan", "actual", "code", "unit", "name"],
  ),
  withHeader(
    "ten-cuoi",
    "The name column last, actual first.",
    ["Thực hiện", "Kế hoạch", "ĐVT", "STT", "Chỉ tiêu"],
    ["actual", "plan", "unit", "code", "name"],
  ),
  single(
    "so-sanh-giua-tieu-de",
    "Comparisons named in the middle of the header: 'Thực hiện so cùng kỳ (%)' and 'Tăng giảm so cùng kỳ' are ratios and differences, not last year's figure; 'Thực hiện so kế hoạch' is the % column. The poverty rate is scored without a baseline (4 / 3,5).",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        [
          "STT",
          "Chỉ tiêu",
          "ĐVT",
          "Kế hoạch",
          "Thực hiện",
          "Thực hiện so kế hoạch",
          "Thực hiện so cùng kỳ",
          "Tăng giảm so cùng kỳ",
        ],
        ...STANDARD.map((r) => [...r, Math.round(((r[4] as number) / (r[3] as number)) * 1000) / 10, 95, -2]),
      ],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  {
    ...single(
      "nam-truoc-khong-ghi-chu",
      "A column headed by last year alone ('Năm 2023') beside 'Kế hoạch năm 2024', and no result column: last year's figure is no result, so nothing is scored (the plan stays; a clear 'no actual column' instead of 28 / 30 shown as 93,3 %).",
      {
        name: "Sheet1",
        rows: [
          title("Xã Trạm Tấu"),
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Kế hoạch năm 2024"],
          [1, "Thu ngân sách trên địa bàn", "triệu đồng", 28, 30],
          [2, "Tổng sản lượng lương thực có hạt", "tấn", 390, 400],
        ],
      },
      "Xã Trạm Tấu",
      [
        ["Thu ngân sách trên địa bàn", 30, null, null, "none"],
        ["Tổng sản lượng lương thực có hạt", 400, null, null, "none"],
      ],
    ),
    problems: ["sheet-no-actual-column"],
  },
  // ---------- several tables, several sheets ----------
  single(
    "hai-bang",
    "The economic table, then 'Biểu số 2' with its own header, its columns in another order.",
    {
      name: "Sheet1",
      rows: [
        ...standardRows("Xã Trạm Tấu"),
        [],
        ["Biểu số 2: CHỈ TIÊU QUỐC PHÒNG - AN NINH"],
        ["STT", "Nội dung", "Thực hiện", "ĐVT", "Kế hoạch"],
        ...arrange(DEFENCE, ["code", "name", "actual", "unit", "plan"]),
      ],
    },
    "Xã Trạm Tấu",
    [...STANDARD_EXPECTED, ...DEFENCE_EXPECTED],
  ),
  single(
    "hai-bang-tcvn3",
    "TCVN3: a first table of one indicator under a short header starting with 'Ghi chú' (which reads as Unicode 'Ghi chó' too), then 'Biểu số 2' with a fuller header in another order; the fuller header a few rows down must not take the first table's place.",
    {
      name: "Sheet1",
      rows: encodeAll(
        [
          title("Xã Trạm Tấu"),
          ["Ghi chú", "Kế hoạch", "Chỉ tiêu", "Thực hiện"],
          [null, 30, "Thu ngân sách trên địa bàn", 33],
          [],
          ["Biểu số 2: CHỈ TIÊU QUỐC PHÒNG - AN NINH"],
          ["STT", "ĐVT", "Chỉ tiêu", "Thực hiện", "Kế hoạch", "Ghi chú"],
          ...arrange(DEFENCE, ["code", "unit", "name", "actual", "plan"]),
        ],
        encodeTcvn3,
      ),
    },
    "Xã Trạm Tấu",
    [["Thu ngân sách trên địa bàn", 30, 33, 110, "met"], ...DEFENCE_EXPECTED],
  ),
  single(
    "hai-bang-lien-nhau",
    "The second table's header right under the first table's last row, no blank or title between.",
    {
      name: "Sheet1",
      rows: [
        ...standardRows("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "Kế hoạch"],
        ...arrange(DEFENCE, ["code", "name", "unit", "actual", "plan"]),
      ],
    },
    "Xã Trạm Tấu",
    [...STANDARD_EXPECTED, ...DEFENCE_EXPECTED],
  ),
  single(
    "hai-bang-tieu-de-hai-dong",
    "A second table with a two-row merged header.",
    {
      name: "Sheet1",
      rows: [
        ...standardRows("Xã Trạm Tấu"),
        [],
        ["PHỤ LỤC 2. QUỐC PHÒNG - AN NINH"],
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", null],
        [null, null, null, "Thực hiện", "Kế hoạch"],
        ...arrange(DEFENCE, ["code", "name", "unit", "actual", "plan"]),
      ],
      merges: ["A11:A12", "B11:B12", "C11:C12", "D11:E11"],
    },
    "Xã Trạm Tấu",
    [...STANDARD_EXPECTED, ...DEFENCE_EXPECTED],
  ),
  single(
    "ba-bang",
    "Three tables, each with its 'Biểu số' title typed in the name column.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Nậm Có"),
        ["STT", "Chỉ tiêu", "ĐVT", "KH", "TH"],
        ...arrange(STANDARD.slice(0, 3), STD),
        [null, "Biểu số 2. Văn hóa - xã hội"],
        ["STT", "Chỉ tiêu", "ĐVT", "TH", "KH"],
        ...arrange(STANDARD.slice(3), ["code", "name", "unit", "actual", "plan"]),
        [null, "Biểu số 3. Quốc phòng - an ninh"],
        ["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        ...arrange(DEFENCE, ["name", "unit", "plan", "actual"]),
      ],
    },
    "Xã Nậm Có",
    [...STANDARD_EXPECTED, ...DEFENCE_EXPECTED],
  ),
  {
    name: "moi-xa-mot-trang",
    description: "A workbook with one commune per sheet, a ward with a number among them.",
    sheets: [
      { name: "Tram Tau", rows: standardRows("Xã Trạm Tấu") },
      { name: "Ban Cong", rows: [title("Xã Bản Công"), HEADER, ...DEFENCE.map((r) => [...r])] },
      { name: "P5", rows: standardRows("Phường 5") },
    ],
    expect: {
      "Tram Tau": { area: "Xã Trạm Tấu", rows: STANDARD_EXPECTED },
      "Ban Cong": { area: "Xã Bản Công", rows: DEFENCE_EXPECTED },
      P5: { area: "Phường 5", rows: STANDARD_EXPECTED },
    },
  },
  handSummary(
    "tong-hop-go-tay",
    "Communes one per sheet and a hand-typed 'Tổng hợp' sheet whose rows are the communes: skipped.",
    "Tổng hợp",
    "Tên đơn vị",
  ),
  handSummary(
    "tong-hop-go-tay-don-vi",
    "A hand-typed summary headed 'Đơn vị' (the list of communes, not units of measure) beside the communes' own sheets: skipped as a summary, never read as a commune.",
    "TH",
    "Đơn vị",
  ),
  // ---------- years, dates, "đến" ----------
  withHeader("nam-trong-tieu-de", "Years in the headers.", [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch năm 2024",
    "Thực hiện năm 2024",
  ]),
  withHeader("ket-qua-den-ngay", "A result column naming its cut-off date.", [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch năm 2024",
    "Kết quả đến 30/9/2024",
  ]),
  withHeader("thuc-hien-den-ngay", "'Thực hiện đến 15/12'.", [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "Kế hoạch",
    "Thực hiện đến 15/12",
  ]),
  withHeader("luy-ke-den-het-thang", "'Lũy kế đến hết tháng 6'.", [
    "STT",
    "Chỉ tiêu",
    "ĐVT",
    "KH năm",
    "Lũy kế đến hết tháng 6",
  ]),
  withHeader("uoc-den-het-nam", "'Ước TH đến hết năm'.", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước TH đến hết năm"]),
  single(
    "giua-nhiem-ky",
    "A mid-term review: the resolution's target to 2030 against the result to June 2027 (an earlier year is still the actual).",
    {
      name: "Sheet1",
      rows: [
        ["BÁO CÁO ĐÁNH GIÁ GIỮA NHIỆM KỲ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TÚC ĐÁN NHIỆM KỲ 2025 - 2030"],
        ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2030", "Kết quả đến tháng 6/2027"],
        ...arrange(STANDARD, STD),
      ],
    },
    "Xã Túc Đán",
    STANDARD_EXPECTED,
  ),
  withHeader(
    "chi-tieu-nq-den-nam",
    "A term review: 'Chỉ tiêu Nghị quyết' names the indicators, 'Chỉ tiêu NQ đến năm 2030' is the target, 'Thực hiện năm 2027' the result.",
    ["TT", "Chỉ tiêu Nghị quyết", "ĐVT", "Chỉ tiêu NQ đến năm 2030", "Thực hiện năm 2027"],
  ),
  withHeader("ket-qua-giua-nhiem-ky", "'Mục tiêu đến năm 2025' against 'Kết quả đến giữa nhiệm kỳ'.", [
    "TT",
    "Chỉ tiêu",
    "ĐVT",
    "Mục tiêu đến năm 2025",
    "Kết quả đến giữa nhiệm kỳ",
  ]),
  single(
    "hai-nam-ket-qua",
    "Two result columns of different years: 'KH 2026 | TH 2026 | TH 2025' — the earlier is the baseline.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu", "NĂM 2026"),
        ["STT", "Chỉ tiêu", "ĐVT", "KH 2026", "TH 2026", "TH 2025"],
        ...STANDARD.map((r, i) => [...r, BASELINES[i]]),
      ],
    },
    "Xã Trạm Tấu",
    WITH_BASELINE_EXPECTED,
  ),
  single(
    "th-nam-truoc-dau",
    "Last year's result first: 'TH năm 2023 | KH năm 2024 | Ước TH năm 2024'.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "TH năm 2023", "KH năm 2024", "Ước TH năm 2024"],
        ...STANDARD.map((r, i) => [r[0], r[1], r[2], BASELINES[i], r[3], r[4]]),
      ],
    },
    "Xã Trạm Tấu",
    WITH_BASELINE_EXPECTED,
  ),
  // ---------- header words ----------
  withHeader("uoc-6-thang", "'KH năm | Ước TH 6 tháng'.", ["STT", "Chỉ tiêu", "ĐVT", "KH năm", "Ước TH 6 tháng"]),
  withHeader("luy-ke", "'Kế hoạch | Lũy kế'.", ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Lũy kế"]),
  withHeader("chi-tieu-giao", "'Chỉ tiêu giao | Kết quả'.", [
    "Số TT",
    "Tên chỉ tiêu",
    "Đơn vị",
    "Chỉ tiêu giao",
    "Kết quả",
  ]),
  single(
    "nq-giao",
    "'NQ giao | Ước thực hiện | Tỷ lệ đạt', the sheet's own % agreeing (either way round).",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["TT", "Chỉ tiêu Nghị quyết", "ĐVT", "NQ giao", "Ước thực hiện", "Tỷ lệ đạt"],
        ...STANDARD.map((r) => [...r, Math.round(((r[4] as number) / (r[3] as number)) * 1000) / 10]),
      ],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  withHeader("noi-dung", "'Nội dung' for the name column.", ["STT", "Nội dung", "ĐVT", "KH", "TH"]),
  withHeader(
    "chi-tieu-nq-canh-ten",
    "'Chỉ tiêu | ĐVT | Chỉ tiêu NQ | Kết quả': the resolution's target beside the name column.",
    ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Kết quả"],
  ),
  single(
    "ten-hai-cot",
    "'Chỉ tiêu' merged over two columns: sub-rows typed one column right ('Trong đó' | 'Hộ nghèo DTTS', or the second column alone).",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", null, "ĐVT", "Kế hoạch", "Thực hiện"],
        ...STANDARD.slice(0, 5).map((r) => [r[0], r[1], null, r[2], r[3], r[4]]),
        [null, "Trong đó", "Hộ nghèo dân tộc thiểu số", "%", 8, 7.5],
        [null, null, "- Hộ cận nghèo", "%", 6, 6.5],
        ...STANDARD.slice(5).map((r) => [r[0], r[1], null, r[2], r[3], r[4]]),
      ],
      merges: ["B2:C2", "B3:C3", "B4:C4", "B5:C5", "B6:C6", "B7:C7", "B10:C10"],
    },
    "Xã Trạm Tấu",
    [
      ...STANDARD_EXPECTED.slice(0, 5),
      ["Trong đó: Hộ nghèo dân tộc thiểu số", 8, 7.5, 106.7, "met"],
      ["- Hộ cận nghèo", 6, 6.5, 92.3, "near"],
      ...STANDARD_EXPECTED.slice(5),
    ],
  ),
  single(
    "kh-dieu-chinh",
    "'KH đầu năm | KH điều chỉnh | Thực hiện': the result is measured against the adjusted plan.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "KH đầu năm", "KH điều chỉnh", "Thực hiện"],
        // the council lowered two plans and raised one mid-year
        ...STANDARD.map((r, i) => [r[0], r[1], r[2], i === 1 ? 500 : i === 3 ? 80 : i === 5 ? 40 : r[3], r[3], r[4]]),
      ],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "dong-tong-cong",
    "Sum rows: 'Cộng' closing a group and 'TỔNG CỘNG (I+II)' at the end; neither is an indicator.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        ["I", "KINH TẾ"],
        ...STANDARD.slice(0, 3),
        [null, "Cộng", null, 455, 397],
        ["II", "XÃ HỘI"],
        ...STANDARD.slice(3),
        [null, "Cộng:", null, 100, 96.5],
        [null, "TỔNG CỘNG (I+II)", null, 555, 493.5],
      ],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "so-sanh-nhom",
    "A 'So sánh (%)' group with TH/KH and TH/CK under it, and a 'Cùng kỳ' column.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "Cùng kỳ", "Kế hoạch", "Thực hiện", "So sánh (%)", null],
        [null, null, null, null, null, null, "TH/KH", "TH/CK"],
        ...STANDARD.map((r, i) => [r[0], r[1], r[2], BASELINES[i], r[3], r[4], null, null]),
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:H2"],
    },
    "Xã Trạm Tấu",
    WITH_BASELINE_EXPECTED,
  ),
  periodBesideCumulative(
    "ky-va-luy-ke-quy",
    "The quarter's own figure beside the cumulative one: against the year's plan the cumulative is the actual.",
    "Thực hiện quý III",
    "Lũy kế đến hết quý III",
    0.3,
  ),
  periodBesideCumulative("thang-va-luy-ke", "'TH tháng 9 | Lũy kế 9 tháng'.", "TH tháng 9", "Lũy kế 9 tháng", 0.12),
  // ---------- rows ----------
  single(
    "trong-do",
    "Sub-rows under 'Trong đó:' marked '-' and '+'. 80 / 100 = 80 %; 31 / 40 = 77,5 %; 5 / 10 = 50 %.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Giải quyết việc làm mới", "người", 100, 80],
        [null, "Trong đó:"],
        ["-", "Lao động nữ", "người", 40, 31],
        [null, "+ Xuất khẩu lao động", "người", 10, 5],
      ],
    },
    "Xã Trạm Tấu",
    [
      ["Giải quyết việc làm mới", 100, 80, 80, "near"],
      ["Lao động nữ", 40, 31, 77.5, "near"],
      ["+ Xuất khẩu lao động", 10, 5, 50, "mid"],
    ],
  ),
  single(
    "ma-con-a-va-1.1",
    "Sub-rows coded 'a)' and '1.1'. 12 / 10 = 120 %; 4 / 5 = 80 %.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Thu ngân sách trên địa bàn", "triệu đồng", 30, 33],
        ["a)", "Thu thuế", "triệu đồng", 10, 12],
        ["1.1", "Thu phí, lệ phí", "triệu đồng", 5, 4],
      ],
    },
    "Xã Trạm Tấu",
    [
      ["Thu ngân sách trên địa bàn", 30, 33, 110, "met"],
      ["Thu thuế", 10, 12, 120, "met"],
      ["Thu phí, lệ phí", 5, 4, 80, "near"],
    ],
  ),
  single(
    "nhom-la-ma",
    "Roman-numeral groups 'I. KINH TẾ', 'II' | 'VĂN HÓA - XÃ HỘI'.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        HEADER,
        ["I", "I. KINH TẾ"],
        ...arrange(STANDARD.slice(0, 4), STD),
        ["II", "VĂN HÓA - XÃ HỘI"],
        ...arrange(STANDARD.slice(4), STD),
      ],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "hang-an",
    "A hidden row is still a row of the return.",
    { name: "Sheet1", rows: standardRows("Xã Trạm Tấu"), hidden: [4, 5] },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "ghi-chu-giua-bang",
    "Notes typed in the middle of the table: 'Ghi chú: …', '(*) …', and a line wholly in brackets.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        HEADER,
        ...arrange(STANDARD.slice(0, 2), STD),
        ["Ghi chú: số liệu sản lượng là số ước tính, sẽ cập nhật khi có số liệu chính thức của ngành thống kê"],
        ...arrange(STANDARD.slice(2, 4), STD),
        [null, "(*) Số liệu của ngành nông nghiệp"],
        ...arrange(STANDARD.slice(4, 5), STD),
        [null, "(Số liệu tính đến ngày 15/12/2024)"],
        ...arrange(STANDARD.slice(5), STD),
      ],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "cot-trong",
    "A blank column inside the table.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", null, "ĐVT", "Kế hoạch", "Thực hiện"],
        ...STANDARD.map((r) => [r[0], r[1], null, r[2], r[3], r[4]]),
      ],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "o-ten-gop",
    "Name cells merged across two columns.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", null, "ĐVT", "Kế hoạch", "Thực hiện"],
        ...STANDARD.map((r) => [r[0], r[1], null, r[2], r[3], r[4]]),
      ],
      merges: ["B2:C2", ...STANDARD.map((_, i) => `B${i + 3}:C${i + 3}`)],
    },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "so-dang-chu",
    "Figures typed as text: '1.326' (thousands dot), '1,33' (decimal comma), '40,5%'. 1.326 / 1.300 = 102 %; growth is lower-is-better: 1,2 / 1,33 = 90,2 %; 40,5 / 45 = 90 %.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Dân số trung bình", "người", "1.300", "1.326"],
        [2, "Tỷ lệ tăng dân số tự nhiên", "%", "1,2", "1,33"],
        [3, "Tỷ lệ che phủ rừng", "%", "45%", "40,5%"],
      ],
    },
    "Xã Trạm Tấu",
    [
      ["Dân số trung bình", 1300, 1326, 102, "met"],
      ["Tỷ lệ tăng dân số tự nhiên", 1.2, 1.33, 90.2, "near"],
      ["Tỷ lệ che phủ rừng", 45, 40.5, 90, "near"],
    ],
  ),
  single(
    "tieu-chi",
    "Criteria typed '12/19' against a plan of 19: 12 / 19 = 63,2 %.",
    {
      name: "Sheet1",
      rows: [
        title("Xã Trạm Tấu"),
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Xây dựng nông thôn mới", "tiêu chí", 19, "12/19"],
        [2, "Thu ngân sách trên địa bàn", "triệu đồng", 30, 33],
      ],
    },
    "Xã Trạm Tấu",
    [
      ["Xây dựng nông thôn mới", 19, 12, 63.2, "mid"],
      ["Thu ngân sách trên địa bàn", 30, 33, 110, "met"],
    ],
  ),
  // ---------- names of units ----------
  single(
    "phuong-so",
    "A numbered ward: 'PHƯỜNG 5'.",
    { name: "Sheet1", rows: standardRows("Phường 5") },
    "Phường 5",
    STANDARD_EXPECTED,
  ),
  {
    name: "phuong-ha-giang-1-2",
    description: "Two numbered wards of one name in one workbook stay two.",
    sheets: [
      { name: "HG1", rows: standardRows("Phường Hà Giang 1") },
      { name: "HG2", rows: [title("Phường Hà Giang 2"), HEADER, ...DEFENCE.map((r) => [...r])] },
    ],
    expect: {
      HG1: { area: "Phường Hà Giang 1", rows: STANDARD_EXPECTED },
      HG2: { area: "Phường Hà Giang 2", rows: DEFENCE_EXPECTED },
    },
  },
  single(
    "xa-ia-hdrai",
    "A Central Highlands name with an apostrophe, in capitals: 'XÃ IA H'DRAI'.",
    { name: "Ia H'Drai", rows: standardRows("Xã Ia H'Drai") },
    "Xã Ia H'Drai",
    STANDARD_EXPECTED,
  ),
  single(
    "xa-dak-rlap-ten-trang",
    "The area only in the sheet name, with an apostrophe: 'Đắk R'Lấp'.",
    { name: "Xã Đắk R'Lấp", rows: [["BIỂU SỐ LIỆU NĂM 2024"], HEADER, ...STANDARD.map((r) => [...r])] },
    "Xã Đắk R'Lấp",
    STANDARD_EXPECTED,
  ),
  single(
    "dac-khu",
    "A special zone: 'ĐẶC KHU PHÚ QUỐC'.",
    { name: "Sheet1", rows: standardRows("Đặc khu Phú Quốc") },
    "Đặc khu Phú Quốc",
    STANDARD_EXPECTED,
  ),
  // ---------- encodings ----------
  single(
    "tcvn3",
    "Typed in TCVN3 (ABC): every text encoded.",
    { name: "Sheet1", rows: encodeAll(standardRows("Xã Trạm Tấu"), encodeTcvn3) },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "vni",
    "Typed in VNI: every text encoded.",
    { name: "Sheet1", rows: encodeAll(standardRows("Xã Trạm Tấu"), encodeVni) },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
  single(
    "nfd",
    "Decomposed Unicode (NFD), as some keyboards type it.",
    { name: "Sheet1", rows: encodeAll(standardRows("Xã Trạm Tấu"), (s) => s.normalize("NFD")) },
    "Xã Trạm Tấu",
    STANDARD_EXPECTED,
  ),
];
