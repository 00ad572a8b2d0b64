/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { fakeHost } from "../../../preview/fake-host";
import { NTM_CRITERIA } from "../../core/templates/ntm-checklist";
import { seedSheets } from "../../../preview/seed";
import { createFakeExcel } from "../../../test/support/excel-fake";
import type { WorkbookHost } from "../services";
import { App } from "./App";
import { saveWorkbookSettings } from "../../excel/settings-store";
import { parseSettings } from "../../core/settings";
import { analyzeScan, paneSettings } from "./pane-logic";

// The settings panel is a lazily loaded chunk: loaded before the tests, so no assertion races it.
beforeAll(async () => {
  await import("./SettingsPanel");
});

/** A host whose workbook has no return at all. */
const emptyHost = (): WorkbookHost => fakeHost(createFakeExcel({ sheets: [{ name: "Sheet1", values: [["x"]] }] }));

describe("App", () => {
  it("shows the product name in Vietnamese and English", async () => {
    render(<App host={emptyHost()} theme="light" />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Theo dõi chỉ tiêu");
    expect(screen.getByText("Commune Target Tracker")).toBeTruthy();
    await screen.findByRole("button", { name: "Tạo báo cáo" });
  });

  it("outside Excel, explains how to open it in Excel, in Vietnamese then English", () => {
    const { container } = render(<App host={null} theme="light" />);
    const vietnamese = container.querySelector('p[lang="vi"]');
    const english = container.querySelector('p[lang="en"] strong')?.closest("p");
    expect(vietnamese?.textContent).toMatch(/thẻ Trang đầu bấm nút Theo dõi chỉ tiêu/);
    expect(english?.textContent).toMatch(/on the Home tab select Target Tracker/);
    expect(vietnamese!.compareDocumentPosition(english!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tạo báo cáo" })).toBeNull();
  });

  it("inside Excel, does not show the how-to-open message", async () => {
    render(<App host={emptyHost()} theme="light" />);
    expect(screen.queryByText(/Hãy mở trang này trong Excel/)).toBeNull();
    // no return in the workbook: say so, and nothing to generate
    await screen.findByText(/Không tìm thấy trang nào có bảng chỉ tiêu/);
    expect((screen.getByRole("button", { name: "Tạo báo cáo" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("applies the chosen theme", () => {
    const { container, rerender } = render(<App host={null} theme="dark" />);
    expect(container.querySelector('[data-theme="dark"]')).not.toBeNull();
    rerender(<App host={null} theme="light" />);
    expect(container.querySelector('[data-theme="light"]')).not.toBeNull();
  });
});

describe("App on the Trạm Tấu return (fake Excel)", () => {
  it("scans, shows area, period, band counts by name, lagging priority first, and problems", async () => {
    const fake = createFakeExcel({ sheets: seedSheets() });
    render(<App host={fakeHost(fake)} theme="light" />);
    const card = (await screen.findByRole("heading", { name: "Xã Trạm Tấu" })).closest("section")!;
    expect(card.textContent).toMatch(/Kỳ báo cáo: 6 tháng đầu năm 2022/);
    const counts = within(card as HTMLElement).getByRole("list", { name: "Số chỉ tiêu theo mức đánh giá" });
    const items = within(counts).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-band"))).toEqual(["met", "near", "mid", "low", "none"]);
    expect(items[0].textContent).toMatch(/^\d+Đạt, vượt kế hoạch$/);
    const total = items.reduce((sum, li) => sum + Number(li.textContent!.match(/^\d+/)![0]), 0);
    expect(total).toBeGreaterThan(5);
    const lagging = within(card as HTMLElement).getAllByRole("list", { name: "Chỉ tiêu đạt thấp" })[0];
    const items2 = within(lagging).getAllByRole("listitem");
    const rows = items2.map((li) => li.textContent ?? "");
    const names = items2.map((li) => li.querySelector('[data-part="indicator"]')?.textContent ?? "");
    expect(rows.length).toBeGreaterThan(0);
    // priority indicators head the list
    const isPriority = (r: string): boolean => /ưu tiên/.test(r);
    const firstPlain = rows.findIndex((r) => !isPriority(r));
    const lastPriority = rows.map(isPriority).lastIndexOf(true);
    if (firstPlain >= 0) expect(lastPriority).toBeLessThan(firstPlain);
    expect(names[0]).toBe("Xây dựng nông thôn mới: 63,2%");
    // plan and actual beside the %; "higher is better" is the rule, said only where it is the other way round
    expect(rows[0]).toMatch(/^Xây dựng nông thôn mới: 63,2% \(TH 12\/19 \/ KH 19 tiêu chí\)\s*ưu tiên\s*Đến ô$/);
    for (const li of items2)
      expect(li.querySelector('[data-part="figures"]')?.textContent).toMatch(/^\(TH .+ \/ KH .+\)$/);
    expect(names).toContain("Diện tích trồng rừng mới: 36,0%");
    // a count that should not happen says what happened, never "0,0%" (issue 15)
    expect(names).toContain("Số vụ tảo hôn: xảy ra 2 vụ (KH: không để xảy ra)");
    expect(names.some((n) => /: 0,0%/.test(n))).toBe(false);
    // a lagging indicator says its direction in words where lower is better; each has a go-to-cell button naming it
    for (const li of items2) {
      const direction = li.querySelector('[data-part="direction"]')?.textContent;
      if (direction !== undefined) expect(direction).toBe("(càng thấp càng tốt)");
      const name = li.querySelector('[data-part="indicator"]')!.textContent!.replace(/: ([\d,]+%|cần kiểm tra|xảy ra .+)$/, "");
      const button = within(li).getByRole("button", { name: new RegExp(`^Đến ô [A-Z]+\\d+ trang Biểu 01: `) });
      expect(button.getAttribute("aria-label")).toBe(`Đến ô ${li.getAttribute("data-cell")} trang Biểu 01: ${name}`);
    }
    // the sheet's problems, as the engine words them
    const expected = analyzeScan(
      await fakeHost(createFakeExcel({ sheets: seedSheets() })).scan(),
      paneSettings("vi"),
    ).problems;
    const shown = within(card as HTMLElement).queryByRole("list", { name: "Cần kiểm tra" });
    expect(
      Array.from(shown?.querySelectorAll("li") ?? [], (li) => li.querySelector('[data-part="message"]')?.textContent),
    ).toEqual(expected.map((p) => p.message));
    // problems with a cell can be gone to; those without (whole sheet) cannot
    for (const [index, li] of Array.from(shown?.querySelectorAll("li") ?? []).entries()) {
      expect(within(li as HTMLElement).queryAllByRole("button").length).toBe(expected[index].cell === "" ? 0 : 1);
    }
  });

  it("goes to an indicator's cell: activates its sheet and selects the cell", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Ghi chú", values: [["x"]] }, ...seedSheets()] });
    render(<App host={fakeHost(fake)} theme="light" />);
    const button = await screen.findByRole("button", {
      name: /^Đến ô [A-Z]+\d+ trang Biểu 01: Diện tích trồng rừng mới$/,
    });
    const cell = /Đến ô ([A-Z]+\d+)/.exec(button.getAttribute("aria-label")!)![1];
    fireEvent.click(button);
    await waitFor(() => expect(fake.workbook.log()).toContain(`select 'Biểu 01'!${cell}`));
    expect(fake.workbook.activeSheet()).toBe("Biểu 01");
  });

  it("says so when the cell cannot be gone to (sheet renamed since the scan)", async () => {
    const host = fakeHost(createFakeExcel({ sheets: seedSheets() }));
    const renamed: WorkbookHost = { ...host, selectCell: (sheet) => host.selectCell(`${sheet} cũ`, "B12") };
    render(<App host={renamed} theme="light" />);
    fireEvent.click((await screen.findAllByRole("button", { name: /^Đến ô / }))[0]);
    await screen.findByText(
      /Không đến được ô\. .*Excel báo lỗi: Sheet "Biểu 01 cũ" is not in this workbook.*Hãy thử lại/,
    );
  });

  it("inserts the NTM checklist template as a user sheet, says so, and a second one does not overwrite it", async () => {
    const fake = createFakeExcel({ sheets: seedSheets() });
    const host = fakeHost(fake);
    render(<App host={host} theme="light" />);
    await screen.findByRole("heading", { name: "Xã Trạm Tấu" });
    const section = screen.getByRole("region", { name: "Chèn biểu mẫu" });
    fireEvent.click(within(section).getByRole("button", { name: "Bảng 19 tiêu chí nông thôn mới" }));
    await screen.findByText("Đã chèn: Tiêu chí NTM.", undefined, { timeout: 10_000 });
    expect(fake.workbook.sheetNames()).toEqual(["Biểu 01", "Tiêu chí NTM"]);
    const checklist = fake.workbook.sheet("Tiêu chí NTM").values().flat();
    for (const criterion of NTM_CRITERIA) expect(checklist).toContain(criterion.vi);
    // not tagged as generated: the next summary will not replace it
    expect(await host.generatedSheets()).toEqual([]);
    // the pane rescanned (the return is still shown) and a second insert gets a new name
    await screen.findByRole("heading", { name: "Xã Trạm Tấu" });
    fireEvent.click(
      within(screen.getByRole("region", { name: "Chèn biểu mẫu" })).getByRole("button", {
        name: "Bảng 19 tiêu chí nông thôn mới",
      }),
    );
    await waitFor(() => expect(fake.workbook.sheetNames()).toHaveLength(3), { timeout: 10_000 });
    expect(fake.workbook.sheetNames().slice(0, 2)).toEqual(["Biểu 01", "Tiêu chí NTM"]);
  });

  it("inserts the blank return in English into a workbook with no return, which the rescan then finds", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [["x"]] }] });
    render(<App host={fakeHost(fake)} theme="light" language="en" />);
    await screen.findByText(/No sheet with an indicator table was found/);
    fireEvent.click(screen.getByRole("button", { name: "Blank indicator return" }));
    await screen.findByText(/^Inserted: .+\.$/, undefined, { timeout: 10_000 });
    expect(fake.workbook.sheetNames()).toHaveLength(2);
    await waitFor(() => expect(screen.queryByText(/No sheet with an indicator table was found/)).toBeNull(), {
      timeout: 10_000,
    });
  });

  it("shows an error message bar when a template cannot be inserted", async () => {
    const host = fakeHost(createFakeExcel({ sheets: seedSheets() }));
    const failing: WorkbookHost = {
      ...host,
      insertTemplate: () =>
        Promise.resolve({
          sheets: [],
          findings: [
            { sheet: "", cell: "", severity: "error", code: "excel-api-error", params: { message: "AccessDenied" } },
          ],
        }),
    };
    render(<App host={failing} theme="light" />);
    fireEvent.click(await screen.findByRole("button", { name: "Cả hai, có liên kết" }));
    await screen.findByText(/Không chèn được biểu mẫu\. .*AccessDenied.*Hãy thử lại/);
  });

  it("uses the settings saved in the workbook: their language and band thresholds", async () => {
    const fake = createFakeExcel({ sheets: seedSheets() });
    const saved = parseSettings({ language: "en", bands: { met: 60, near: 40, mid: 20 } });
    expect(await saveWorkbookSettings(fake.context as unknown as Excel.RequestContext, saved, fake.api)).toEqual([]);
    const expected = analyzeScan(await fakeHost(fake).scan(), saved).returns[0].ret.counts;
    const defaults = analyzeScan(await fakeHost(fake).scan(), paneSettings("en")).returns[0].ret.counts;
    expect(expected).not.toEqual(defaults);
    render(<App host={fakeHost(fake)} theme="light" />);
    const card = (await screen.findByRole("heading", { name: "Xã Trạm Tấu" })).closest("section")!;
    // English, because the workbook says so
    expect(screen.getByRole("button", { name: "EN English" }).getAttribute("aria-pressed")).toBe("true");
    const counts = within(
      within(card as HTMLElement).getByRole("list", { name: "Indicators by assessment" }),
    ).getAllByRole("listitem");
    expect(
      Object.fromEntries(
        counts.map((li) => [
          li.getAttribute("data-band"),
          Number(li.querySelector('[data-part="count"]')!.textContent),
        ]),
      ),
    ).toEqual(expected);
    // band names follow the saved thresholds
    expect(counts.map((li) => li.textContent ?? "").join(" | ")).toMatch(/60/);
  });

  it("saves edited settings in the workbook and rescores at once", async () => {
    const fake = createFakeExcel({ sheets: seedSheets() });
    const host = fakeHost(fake);
    render(<App host={host} theme="light" />);
    const card = (await screen.findByRole("heading", { name: "Xã Trạm Tấu" })).closest("section")!;
    const bandCount = (band: string): number =>
      Number(card.querySelector(`li[data-band="${band}"] [data-part="count"]`)!.textContent);
    const metBefore = bandCount("met");
    fireEvent.click(screen.getByRole("button", { name: "Cài đặt" }));
    const panel = await screen.findByRole("region", { name: "Cài đặt" }, { timeout: 30_000 }); // a lazily loaded panel
    // a bad threshold is refused in words, nothing saved
    fireEvent.change(within(panel).getByLabelText("Ngưỡng dưới của mức “Đạt từ 70% đến dưới 100%” (%)"), {
      target: { value: "120" },
    });
    fireEvent.click(within(panel).getByRole("button", { name: "Lưu" }));
    expect(within(panel).getByText(/Ngưỡng phải là số và giảm dần/)).toBeTruthy();
    expect(fake.workbook.customXmlParts()).toEqual([]);
    // lower thresholds: more indicators met, at once, and saved in the workbook
    fireEvent.change(within(panel).getByLabelText("Ngưỡng dưới của mức “Đạt, vượt kế hoạch” (%)"), {
      target: { value: "50" },
    });
    fireEvent.change(within(panel).getByLabelText("Ngưỡng dưới của mức “Đạt từ 70% đến dưới 100%” (%)"), {
      target: { value: "30" },
    });
    fireEvent.change(within(panel).getByLabelText("Ngưỡng dưới của mức “Đạt từ 50% đến dưới 70%” (%)"), {
      target: { value: "10" },
    });
    fireEvent.change(within(panel).getByLabelText("Từ khóa chỉ tiêu ưu tiên (mỗi dòng một từ)"), {
      target: { value: "trồng rừng\n" },
    });
    fireEvent.click(within(panel).getByRole("button", { name: "Lưu" }));
    await screen.findByText("Đã lưu cài đặt vào tệp.");
    expect(bandCount("met")).toBeGreaterThan(metBefore);
    const reloaded = await host.loadSettings();
    expect(reloaded.findings).toEqual([]);
    expect(reloaded.settings.bands).toEqual({ met: 50, near: 30, mid: 10 });
    expect(reloaded.settings.priority).toEqual(["trồng rừng"]);
  });

  it("still applies settings it could not save, and says so", async () => {
    const host = fakeHost(createFakeExcel({ sheets: seedSheets() }));
    render(<App host={{ ...host, saveSettings: () => Promise.reject(new Error("ReadOnly")) }} theme="light" />);
    await screen.findByRole("heading", { name: "Xã Trạm Tấu" });
    fireEvent.click(screen.getByRole("button", { name: "Cài đặt" }));
    fireEvent.change(await screen.findByLabelText("Ngưỡng dưới của mức “Đạt, vượt kế hoạch” (%)"), {
      target: { value: "101" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await screen.findByText(/Đã áp dụng nhưng chưa lưu được vào tệp\. ReadOnly/);
    expect((screen.getByLabelText("Ngưỡng dưới của mức “Đạt, vượt kế hoạch” (%)") as HTMLInputElement).value).toBe(
      "101",
    );
  });

  it("generates the summary into the workbook and reports the new sheet names", async () => {
    const fake = createFakeExcel({ sheets: seedSheets() });
    const before = fake.workbook.sheet("Biểu 01").values();
    render(<App host={fakeHost(fake)} theme="light" />);
    fireEvent.click(await screen.findByRole("button", { name: "Tạo báo cáo" }));
    await screen.findByText("Đã tạo: KQ Xã Trạm Tấu.", undefined, { timeout: 10_000 });
    expect(fake.workbook.sheetNames()).toEqual(["Biểu 01", "KQ Xã Trạm Tấu"]);
    expect(fake.workbook.sheet("Biểu 01").values()).toEqual(before);
    // a second run replaces the generated sheet instead of adding "(2)"
    fireEvent.click(screen.getByRole("button", { name: "Tạo báo cáo" }));
    await waitFor(() => expect(fake.workbook.sheetNames()).toEqual(["Biểu 01", "KQ Xã Trạm Tấu"]), { timeout: 10_000 });
    await screen.findByText("Đã tạo: KQ Xã Trạm Tấu.", undefined, { timeout: 10_000 });
    // read again: the summary sheet is not taken for a return
    fireEvent.click(screen.getByRole("button", { name: "Đọc lại" }));
    await screen.findByRole("heading", { name: "Xã Trạm Tấu" });
    expect(screen.getAllByRole("heading", { level: 2, name: "Xã Trạm Tấu" })).toHaveLength(1);
    expect(document.querySelector('section[data-sheet="KQ Xã Trạm Tấu"]')).toBeNull();
  });

  it("switches to English: labels, band names and the generated sheet's name", async () => {
    const fake = createFakeExcel({ sheets: seedSheets() });
    render(<App host={fakeHost(fake)} theme="light" />);
    await screen.findByRole("heading", { name: "Xã Trạm Tấu" });
    fireEvent.click(screen.getByRole("button", { name: "EN English" }));
    expect(screen.getByRole("button", { name: "EN English" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText(/Not yet evaluated/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Generate summary" }));
    await screen.findByText("Created: Results Xã Trạm Tấu.", undefined, { timeout: 10_000 });
    expect(fake.workbook.hasSheet("Results Xã Trạm Tấu")).toBe(true);
  });

  it("after writing, shows what had to change (a text cut to Excel's limit) with its sheet and cell", async () => {
    const host = fakeHost(createFakeExcel({ sheets: seedSheets() }));
    const cut = {
      sheet: "KQ Xã Trạm Tấu",
      cell: "H40",
      severity: "warning",
      code: "cell-text-too-long",
      params: { length: 40_000 },
    } as const;
    const cutting: WorkbookHost = {
      ...host,
      generate: () => Promise.resolve({ sheets: ["KQ Xã Trạm Tấu"], findings: [cut] }),
    };
    render(<App host={cutting} theme="light" />);
    fireEvent.click(await screen.findByRole("button", { name: "Tạo báo cáo" }));
    await screen.findByText("Đã tạo: KQ Xã Trạm Tấu.");
    expect(screen.getByText(/trang “KQ Xã Trạm Tấu”, ô H40: Ô có 40\.000 ký tự.*đã cắt bớt\./i)).toBeTruthy();
  });

  it("shows an error message bar when writing fails", async () => {
    const host = fakeHost(createFakeExcel({ sheets: seedSheets() }));
    const failing: WorkbookHost = { ...host, generate: () => Promise.reject(new Error("InvalidOperation")) };
    render(<App host={failing} theme="light" />);
    fireEvent.click(await screen.findByRole("button", { name: "Tạo báo cáo" }));
    expect((await screen.findByText(/Không tạo được báo cáo\. InvalidOperation/)).textContent).toBeTruthy();
    expect(screen.queryByText(/Đã tạo/)).toBeNull();
  });

  it("shows an error message bar when the workbook cannot be read", async () => {
    const host = fakeHost(createFakeExcel({ sheets: seedSheets() }));
    render(<App host={{ ...host, scan: () => Promise.reject(new Error("GeneralException")) }} theme="light" />);
    await screen.findByText(/Không đọc được bảng tính\. GeneralException/);
  });
});
