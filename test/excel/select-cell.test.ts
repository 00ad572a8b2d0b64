import { selectCell } from "../../src/excel/select-cell";
import { createFakeExcel } from "../support/excel-fake";

const ctx = (fake: ReturnType<typeof createFakeExcel>) => fake.context as unknown as Excel.RequestContext;

function twoSheets() {
  return createFakeExcel({ sheets: [{ name: "Tổng hợp", values: [["a"]] }, { name: "Xã Trạm Tấu", values: [["b"]] }] });
}

describe("selectCell", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const fake = twoSheets();
    expect(fake.workbook.activeSheet()).toBe("Tổng hợp");
    const findings = await selectCell(ctx(fake), "Xã Trạm Tấu", "E12");
    expect(findings).toEqual([]);
    expect(fake.workbook.activeSheet()).toBe("Xã Trạm Tấu");
    expect(fake.workbook.log()).toEqual(["activate Xã Trạm Tấu", "select 'Xã Trạm Tấu'!E12"]);
    expect(fake.stats.syncs).toBe(1);
  });

  test("a range and absolute references are accepted; an empty cell goes to A1", async () => {
    const fake = twoSheets();
    expect(await selectCell(ctx(fake), "Tổng hợp", "$C$3:D4")).toEqual([]);
    expect(await selectCell(ctx(fake), "Tổng hợp", "")).toEqual([]);
    expect(fake.workbook.log().filter((l) => l.startsWith("select"))).toEqual([
      expect.stringMatching(/C3:D4$/),
      expect.stringMatching(/!A1$/),
    ]);
  });

  test("a missing sheet is a warning finding, not an exception, and changes nothing", async () => {
    const fake = twoSheets();
    const findings = await selectCell(ctx(fake), "Xã đã xoá", "B2");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet: "Xã đã xoá", severity: "warning", code: "excel-api-error" });
    expect(String(findings[0].params?.message)).toContain("Xã đã xoá");
    expect(fake.workbook.activeSheet()).toBe("Tổng hợp");
    expect(fake.workbook.log()).toEqual([]);
  });

  test("something that is not an address is a finding without touching Excel", async () => {
    const fake = twoSheets();
    const findings = await selectCell(ctx(fake), "Tổng hợp", "Sheet1!A1; drop");
    expect(findings[0]).toMatchObject({ code: "excel-api-error", severity: "warning" });
    expect(fake.stats.syncs).toBe(0);
  });
});
