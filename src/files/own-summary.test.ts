import { inflateRawSync } from "node:zlib";
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { writePlanToWorkbook } from "./write-plan";
import { findOwnSummary, hasOwnSheetTag, isOwnCoreProperties, settingSheetNames, type Inflate } from "./own-summary";
import { buildSummaryPlan } from "../core/plan/build-summary";
import { analyze } from "../core/analyze";
import { DEFAULT_SETTINGS } from "../core/settings";

const inflate: Inflate = (data, max) => {
  try {
    return inflateRawSync(data, { maxOutputLength: max });
  } catch {
    return null;
  }
};

describe("own summaries", () => {
  test("the command line's summary is recognised from its core properties; a user's workbook is not", async () => {
    const analysis = analyze(
      [
        {
          file: "a.xlsx",
          grids: [
            {
              sheet: "S",
              top: 1,
              left: 1,
              values: [
                ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
                ["Thu ngân sách", 30, 33],
              ],
            },
          ],
          findings: [],
        },
      ],
      DEFAULT_SETTINGS,
    );
    const ours = new Uint8Array(
      await writePlanToWorkbook(buildSummaryPlan(analysis, DEFAULT_SETTINGS)).xlsx.writeBuffer(),
    );
    expect(findOwnSummary(ours, inflate)).toEqual({ wholeFile: true, sheets: [] });
    const user = new ExcelJS.Workbook();
    user.creator = "commune-targets"; // the creator alone is not the tag
    user.addWorksheet("S").getCell("A1").value = "x";
    expect(findOwnSummary(new Uint8Array(await user.xlsx.writeBuffer()), inflate)).toEqual({
      wholeFile: false,
      sheets: [],
    });
  });

  test("the parts' tags, in any attribute order and prefix", () => {
    expect(
      isOwnCoreProperties(
        "<cp:coreProperties><dc:creator>commune-targets</dc:creator><dc:description>commune-targets 0.1.0</dc:description></cp:coreProperties>",
      ),
    ).toBe(true);
    expect(isOwnCoreProperties("<cp:coreProperties><dc:creator>commune-targets</dc:creator></cp:coreProperties>")).toBe(
      false,
    );
    expect(hasOwnSheetTag(`<x:customPr r:id="rId3" name='commune-targets'/>`)).toBe(true);
    expect(hasOwnSheetTag(`<customPr name="commune-targets-other" r:id="rId3"/>`)).toBe(false);
    const value = JSON.stringify(JSON.stringify(["Tổng hợp", "A&B"]))
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;");
    expect(settingSheetNames(`<we:property value="${value}" name="commune-targets.sheets"/>`)).toEqual([
      "Tổng hợp",
      "A&B",
    ]);
  });

  test("any bytes: an answer, never an exception", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(findOwnSummary(bytes, inflate)).toEqual({ wholeFile: false, sheets: [] });
      }),
    );
  });
});
