/** Cases about the shape of the sheet: merges, hidden rows, repeated headers, two tables, missing columns. */
import { encodeTcvn3, encodeVni } from "../../src/core/text/legacy";
import { type BadCase, GOOD_ROWS, HEADERS, type Row, newWorkbook, singleReturn, writeReturn } from "./kit";

const S = "Bao cao";
const withBad = (...bad: Row[]): Row[] => [...GOOD_ROWS, ...bad];

export const LAYOUT_CASES: BadCase[] = [
  {
    name: "duplicated-indicator",
    expect: {
      description: "The same indicator (same STT) typed twice, the second time in capitals and with a double space.",
      problems: [{ code: "duplicate-indicator", sheet: S, cell: "B7" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(["2", "THU NGÂN SÁCH  trên địa bàn", "triệu đồng", 30, 31, null])),
  },
  {
    name: "missing-indicator",
    expect: {
      description:
        "Three communes in one workbook; the second lacks an indicator the other two have (most units have it, so it is missing).",
      problems: [{ code: "indicator-missing", sheet: "Xa B", cell: "" }],
      minScored: 5,
      exitCode: 0,
    },
    build: () => {
      const wb = newWorkbook();
      writeReturn(wb.addWorksheet("Xa A"), GOOD_ROWS, { commune: "XÃ AN BÌNH" });
      writeReturn(wb.addWorksheet("Xa B"), GOOD_ROWS.slice(0, 2), { commune: "XÃ BÌNH AN" });
      writeReturn(wb.addWorksheet("Xa C"), GOOD_ROWS, { commune: "XÃ AN HÒA" });
      return wb;
    },
  },
  {
    name: "merged-across-table",
    expect: {
      description: "Title merged across the table, and a note merged across plan and actual of one row.",
      problems: [],
      minScored: 3,
      exitCode: 0,
    },
    build: () => {
      const wb = singleReturn(S, withBad(["4", "Số hộ thoát nghèo", "hộ", "Chưa có số liệu", null, null]));
      const ws = wb.getWorksheet(S)!;
      ws.mergeCells("A1:F1");
      ws.mergeCells("D7:E7");
      ws.mergeCells("B8:F8");
      ws.getCell("B8").value = "Ghi chú: số liệu ước tính đến 15/6";
      return wb;
    },
  },
  {
    name: "merged-header-two-rows",
    expect: {
      description: 'A group header "Năm 2022" merged over "Kế hoạch | Thực hiện", plus merges that cut through data.',
      problems: [],
      minScored: 3,
      exitCode: 0,
    },
    build: () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(S);
      ws.getCell("A1").value = "BÁO CÁO CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2022 - XÃ TRẠM TẤU";
      ws.mergeCells("A1:E1");
      ["STT", "Chỉ tiêu", "ĐVT"].forEach((h, i) => {
        ws.getCell(3, i + 1).value = h;
        ws.mergeCells(3, i + 1, 4, i + 1);
      });
      ws.getCell("D3").value = "Năm 2022";
      ws.mergeCells("D3:E3");
      ws.getCell("D4").value = "Kế hoạch";
      ws.getCell("E4").value = "Thực hiện";
      GOOD_ROWS.forEach((r, i) => r.slice(0, 5).forEach((v, c) => (ws.getCell(5 + i, c + 1).value = v)));
      ws.mergeCells("A8:A9");
      ws.getCell("A8").value = "4";
      ws.getCell("B8").value = "Số hộ nghèo";
      ws.getCell("C8").value = "hộ";
      ws.getCell("D8").value = 60;
      ws.getCell("E8").value = 55;
      return wb;
    },
  },
  {
    name: "hidden-rows-columns",
    expect: {
      description: "Hidden rows inside the table and a hidden column between name and figures.",
      problems: [],
      minScored: 3,
      exitCode: 0,
    },
    build: () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(S);
      writeReturn(ws, withBad(["4", "Chỉ tiêu cũ (đã bỏ)", "hộ", 10, 9, null]));
      ws.getRow(5).hidden = true;
      ws.getRow(7).hidden = true;
      ws.getColumn(3).hidden = true;
      return wb;
    },
  },
  {
    name: "header-twice",
    expect: {
      description: "The header row repeated in the middle of the table (pasted after a page break).",
      problems: [],
      minScored: 4,
      exitCode: 0,
    },
    build: () => singleReturn(S, withBad(HEADERS, ["4", "Số hộ có nhà vệ sinh hợp vệ sinh", "hộ", 500, 480, null])),
  },
  {
    name: "two-tables-one-sheet",
    expect: {
      description:
        "This year's table with last year's beside it (names end \"(năm trước)\"): the left one must be read whole.",
      problems: [],
      minScored: 3,
      exitCode: 0,
    },
    build: () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(S);
      writeReturn(ws, GOOD_ROWS);
      writeReturn(
        ws,
        GOOD_ROWS.map((r) => [r[0], `${String(r[1])} (năm trước)`, r[2], r[3], r[4], null]),
        { left: 9, title: "NĂM 2021" },
      );
      return wb;
    },
  },
  {
    name: "two-tables-side-by-side",
    expect: {
      description: "Two communes' tables side by side on one sheet, with neutral names: the left one is read whole.",
      problems: [],
      minScored: 3,
      exitCode: 0,
    },
    build: () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(S);
      writeReturn(ws, GOOD_ROWS);
      writeReturn(ws, GOOD_ROWS, { left: 9, title: "XÃ BÊN CẠNH" });
      return wb;
    },
  },
  {
    name: "two-tables-stacked",
    expect: {
      description: "Two tables one under the other on the same sheet, with a blank row and a second title between.",
      problems: [],
      minScored: 3,
      exitCode: 0,
    },
    build: () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(S);
      writeReturn(ws, GOOD_ROWS);
      writeReturn(ws, [["1", "Số vụ vi phạm pháp luật", "vụ", 5, 3, null]], { top: 9, title: "PHỤ LỤC 2" });
      return wb;
    },
  },
  {
    name: "no-plan-column",
    expect: {
      description: "A table with a name and an actual column but no plan column.",
      problems: [{ code: "sheet-no-plan-column", sheet: S, cell: "" }],
      minScored: 0,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        GOOD_ROWS.map((r) => [r[0], r[1], r[2], r[4]]),
        { headers: ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"] },
      ),
  },
  {
    name: "no-actual-column",
    expect: {
      description: "A table with a plan column only.",
      problems: [{ code: "sheet-no-actual-column", sheet: S, cell: "" }],
      minScored: 0,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        GOOD_ROWS.map((r) => [r[0], r[1], r[2], r[3]]),
        { headers: ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"] },
      ),
  },
  {
    name: "only-title",
    expect: {
      description: "A sheet with only its title and subtitle, no table.",
      problems: [{ code: "sheet-no-header", sheet: S, cell: "" }],
      minScored: 0,
      exitCode: 1,
    },
    build: () => {
      const wb = newWorkbook();
      const ws = wb.addWorksheet(S);
      ws.getCell("A1").value = "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022 - XÃ TRẠM TẤU";
      ws.getCell("A2").value = "(Kèm theo báo cáo số 45/BC-UBND)";
      ws.mergeCells("A1:G1");
      return wb;
    },
  },
  {
    name: "empty-workbook",
    expect: {
      description: "A workbook whose only sheet is blank.",
      problems: [{ code: "sheet-empty", sheet: "Sheet1", cell: "" }],
      minScored: 0,
      exitCode: 1,
    },
    build: () => {
      const wb = newWorkbook();
      wb.addWorksheet("Sheet1");
      return wb;
    },
  },
  {
    name: "zero-sheets",
    expect: {
      description: "An .xlsx with no worksheet at all.",
      problems: [{ code: "file-no-sheets", sheet: "", cell: "" }],
      minScored: 0,
      exitCode: 1,
    },
    build: () => newWorkbook(),
  },
  {
    name: "formatted-but-empty-sheets",
    expect: {
      description: "Sheets with borders, widths and number formats but no values, beside one good return.",
      problems: [{ code: "sheet-empty", sheet: "Trong", cell: "" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () => {
      const wb = newWorkbook();
      const empty = wb.addWorksheet("Trong");
      for (let r = 1; r <= 20; r++)
        for (let c = 1; c <= 6; c++) empty.getCell(r, c).border = { top: { style: "thin" } };
      empty.getColumn(2).width = 40;
      writeReturn(wb.addWorksheet(S), GOOD_ROWS);
      return wb;
    },
  },
  {
    name: "tcvn3-mixed",
    expect: {
      description: 'Legacy TCVN3 text (".VnTime") mixed with Unicode rows in one table.',
      problems: [{ code: "legacy-encoding", sheet: S, cell: "B7" }],
      minScored: 5,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        withBad(
          ["4", encodeTcvn3("Tỷ lệ hộ nghèo"), "%", 4.5, 4.1, null],
          ["5", encodeTcvn3("Số hộ có nhà ở kiên cố"), encodeTcvn3("hộ"), 700, 650, null],
        ),
      ),
  },
  {
    name: "vni-mixed",
    expect: {
      description: "Legacy VNI text mixed with Unicode rows.",
      problems: [{ code: "legacy-encoding", sheet: S, cell: "B7" }],
      minScored: 4,
      exitCode: 0,
    },
    build: () =>
      singleReturn(S, withBad(["4", encodeVni("Số trạm y tế đạt chuẩn quốc gia"), encodeVni("trạm"), 1, 1, null])),
  },
  {
    name: "tcvn3-headers",
    expect: {
      description: "The whole header in TCVN3, figures as numbers.",
      problems: [{ code: "legacy-encoding", sheet: S, cell: "A1" }],
      minScored: 3,
      exitCode: 0,
    },
    build: () =>
      singleReturn(
        S,
        GOOD_ROWS.map((r) => r.map((v) => (typeof v === "string" ? encodeTcvn3(v) : v))),
        {
          title: encodeTcvn3("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022 - XÃ TRẠM TẤU"),
          headers: HEADERS.map(encodeTcvn3),
        },
      ),
  },
];
