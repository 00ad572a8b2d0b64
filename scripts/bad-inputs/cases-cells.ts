/** Cases about what is typed in the figure cells: text, errors, dates, zero and negative plans, units. */
import { type BadCase, GOOD_ROWS, type Row, singleReturn } from "./kit";

const S = "Bao cao";
/** Good rows first, then `bad`; the first bad row lands on sheet row 7. */
const withBad = (...bad: Row[]): Row[] => [...GOOD_ROWS, ...bad];

export const CELL_CASES: BadCase[] = [
  {
    name: "text-in-number",
    expect: {
      description: 'Text where the actual belongs ("khoảng năm chục"): reported, the other rows scored.',
      problems: [{ code: "value-not-number", sheet: S, cell: "E7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(["4", "Số lao động được tạo việc làm", "người", 50, "khoảng năm chục", null])),
  },
  {
    name: "error-values",
    expect: {
      description: "Excel error values typed or cached in plan and actual cells (#DIV/0!, #REF!, #N/A, #VALUE!).",
      problems: [
        { code: "value-error", sheet: S, cell: "E7" },
        { code: "value-error", sheet: S, cell: "D8" },
        { code: "value-error", sheet: S, cell: "E9" },
        { code: "value-error", sheet: S, cell: "E10" },
      ],
      minScored: 3,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(
          ["4", "Tỷ lệ trẻ em tiêm chủng đầy đủ", "%", 96, { error: "#DIV/0!" }, null],
          ["5", "Số thôn có nhà văn hóa", "thôn", { error: "#REF!" }, 12, null],
          ["6", "Diện tích trồng rừng mới", "ha", 20, { error: "#N/A" }, null],
          ["7", "Số hộ làm nhà mới", "hộ", 15, { error: "#VALUE!" }, null],
        ),
      ),
  },
  {
    name: "formula-errors",
    expect: {
      description: "Formulas whose cached result is an error, and a formula with no cached result at all.",
      problems: [
        { code: "value-error", sheet: S, cell: "E7" },
        { code: "value-error", sheet: S, cell: "E8" },
      ],
      minScored: 3,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(
          [
            "4",
            "Thu nhập bình quân đầu người",
            "triệu đồng",
            25,
            { formula: "D7/0", result: { error: "#DIV/0!" } },
            null,
          ],
          [
            "5",
            "Số trường đạt chuẩn quốc gia",
            "trường",
            3,
            { formula: "Sheet9!A1", result: { error: "#REF!" } },
            null,
          ],
          ["6", "Số km đường giao thông được cứng hóa", "km", 5, { formula: "D9*2" }, null],
        ),
      ),
  },
  {
    name: "plan-zero",
    expect: {
      description: "A plan of 0 for a higher-is-better indicator: no achievement, and the reason reported.",
      problems: [{ code: "plan-zero", sheet: S, cell: "D7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(["4", "Số doanh nghiệp thành lập mới", "doanh nghiệp", 0, 2, null])),
  },
  {
    name: "plan-negative",
    expect: {
      description: "A negative plan for a count of households.",
      problems: [{ code: "negative-count", sheet: S, cell: "D7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(["4", "Số hộ được hỗ trợ sinh kế", "hộ", -40, 35, null])),
  },
  {
    name: "actual-negative",
    expect: {
      description: "A negative actual for a count of people: scored, flagged.",
      problems: [{ code: "negative-count", sheet: S, cell: "E7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(["4", "Số người được đào tạo nghề", "người", 120, -15, null])),
  },
  {
    name: "plan-missing",
    expect: {
      description: "An actual with no plan at all: no achievement, reported on the plan cell.",
      problems: [{ code: "plan-missing", sheet: S, cell: "D7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(["4", "Số hội viên hội nông dân", "người", null, 310, null])),
  },
  {
    name: "percent-over-100",
    expect: {
      description: "A coverage percentage of 135 %, which cannot be.",
      problems: [{ code: "percent-over-100", sheet: S, cell: "E7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(["4", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 95, 135, null])),
  },
  {
    name: "unit-permille-vs-percent",
    expect: {
      description: "Population growth 7,7 (‰) against a plan of 0,2 (%): a unit slip, flagged not silently scored.",
      problems: [{ code: "suspect-unit", sheet: S, cell: "E7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(["4", "Tỷ lệ tăng dân số tự nhiên", "%", 0.2, 7.7, "đơn vị ‰"])),
  },
  {
    name: "dates-in-numbers",
    expect: {
      description: 'A date typed where the actual belongs (Excel turned "12/19" into 19 December).',
      problems: [{ code: "value-date", sheet: S, cell: "E7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => {
      const wb = singleReturn(
        S,
        withBad(["4", "Số tiêu chí nông thôn mới đạt", "tiêu chí", 19, new Date(Date.UTC(2022, 11, 19)), null]),
      );
      wb.getWorksheet(S)!.getCell("E7").numFmt = "dd/mm/yyyy";
      return wb;
    },
  },
  {
    name: "numbers-with-spaces",
    expect: {
      description: 'Figures typed as text with spaces and non-breaking spaces as thousands separators ("1 326").',
      problems: [],
      minScored: 5,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(
          ["4", "Số lượt khách du lịch", "lượt", "1 500", "1 326", null],
          ["5", "Tổng đàn gia súc", "con", "12\u00a0000", "11\u00a0200", null],
        ),
      ),
  },
  {
    name: "booleans-in-numbers",
    expect: {
      description: "TRUE/FALSE where figures belong: read as đạt / không đạt (binary), never a crash.",
      problems: [],
      minScored: 5,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(
          ["4", "Số thôn có điện lưới", "thôn", 12, true, null],
          ["5", "Đạt chuẩn tiếp cận pháp luật", "", true, false, null],
        ),
      ),
  },
  {
    name: "huge-and-tiny-numbers",
    expect: {
      description: "Absurdly large and tiny figures (1e300, 1e-300): scored or flagged, never a crash.",
      problems: [{ code: "suspect-unit", sheet: S, cell: "E7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(
          ["4", "Giá trị sản xuất nông nghiệp", "triệu đồng", 5000, 1e300, null],
          ["5", "Sản lượng thủy sản", "tấn", 1e-300, 3, null],
        ),
      ),
  },
  {
    name: "sheet-percent-wrong",
    expect: {
      description: 'The sheet\'s own "So sánh (%)" column disagrees with the figures.',
      problems: [{ code: "sheet-percent-disagrees", sheet: S, cell: "F4" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        GOOD_ROWS.map((r, i) => [...r.slice(0, 5), i === 0 ? 120 : null]),
        { headers: ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)"] },
      ),
  },
  {
    name: "not-yet-evaluated",
    expect: {
      description: '"chưa đánh giá", "-" and an empty actual: band none, never 0 %, and no error.',
      problems: [],
      minScored: 3,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(
          ["4", "Số hộ đạt danh hiệu gia đình văn hóa", "hộ", 900, "chưa đánh giá", null],
          ["5", "Số thôn đạt chuẩn văn hóa", "thôn", 10, "-", null],
          ["6", "Số trẻ em suy dinh dưỡng", "trẻ", 20, null, null],
        ),
      ),
  },
];
