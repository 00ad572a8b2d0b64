import { analyze } from "../core/analyze";
import { DEFAULT_SETTINGS } from "../core/settings";
import { gridOf } from "../core/table/test-support";
import { parseSummarizeArgs } from "./args";
import { columnsReadLines } from "./columns-read-lines";

describe("the command line says what it read", () => {
  const sure = gridOf(
    [
      ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["Thu ngân sách", 30, 33],
    ],
    { sheet: "Xã A" },
  );
  const unsure = gridOf(
    [
      ["Chỉ tiêu", "KH năm", "TH quý III", "Lũy kế đến hết quý III"],
      ["Thu ngân sách", 100, 20, 70],
    ],
    { sheet: "Xã B" },
  );
  const analysis = analyze([{ file: "a.xlsx", grids: [sure, unsure], findings: [] }], DEFAULT_SETTINGS);

  it("prints an uncertain choice always, and every return with --verbose", () => {
    expect(columnsReadLines(analysis, false, "vi")).toEqual([
      "? Tệp a.xlsx, trang “Xã B”: đã đọc các cột: Kế hoạch = cột B «KH năm»; Thực hiện = cột D «Lũy kế đến hết quý III» (cần kiểm tra: có nhiều cột thực hiện)",
    ]);
    const english = analyze([{ file: "a.xlsx", grids: [sure, unsure], findings: [] }], {
      ...DEFAULT_SETTINGS,
      language: "en",
    });
    const verbose = columnsReadLines(english, true, "en");
    expect(verbose).toHaveLength(2);
    expect(verbose[0]).toBe(
      "ℹ File a.xlsx, sheet “Xã A”: columns read: Plan = column B «Kế hoạch»; Actual = column C «Thực hiện»",
    );
  });

  it("takes --verbose", () => {
    expect(parseSummarizeArgs(["summarize", "x", "--out", "o.xlsx", "--verbose"]).verbose).toBe(true);
    expect(parseSummarizeArgs(["summarize", "x", "--out", "o.xlsx"]).verbose).toBe(false);
  });
});
