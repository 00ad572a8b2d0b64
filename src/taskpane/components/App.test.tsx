/** @jest-environment jsdom */
import { TextEncoder as NodeTextEncoder } from "node:util";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { fakeHost } from "../../../preview/fake-host";
import { seedSheets } from "../../../preview/seed";
import { createFakeExcel } from "../../../test/support/excel-fake";
import type { WorkbookHost } from "../services";
import { App } from "./App";
import { analyzeScan } from "./pane-logic";

// jsdom has no ResizeObserver (Fluent's MessageBar observes its own size) and no TextEncoder
// (the fake Excel measures request sizes with it, as browsers can).
beforeAll(() => {
  globalThis.TextEncoder ??= NodeTextEncoder as unknown as typeof TextEncoder;
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
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
    const rows = within(lagging).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(rows.length).toBeGreaterThan(0);
    // priority indicators head the list
    const firstPlain = rows.findIndex((r) => !/ưu tiên$/.test(r));
    const lastPriority = rows.map((r) => /ưu tiên$/.test(r)).lastIndexOf(true);
    if (firstPlain >= 0) expect(lastPriority).toBeLessThan(firstPlain);
    expect(rows[0]).toMatch(/^Xây dựng nông thôn mới: 63,2%\s*ưu tiên$/);
    expect(rows.some((r) => /Diện tích trồng rừng mới: 36,0%/.test(r))).toBe(true);
    // the sheet's problems, as the engine words them
    const expected = analyzeScan(await fakeHost(createFakeExcel({ sheets: seedSheets() })).scan(), "vi").problems;
    const shown = within(card as HTMLElement).queryByRole("list", { name: "Cần kiểm tra" });
    expect(Array.from(shown?.querySelectorAll("li") ?? [], (li) => li.textContent)).toEqual(expected.map((p) => p.message));
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
  });

  it("switches to English: labels, band names and the generated sheet's name", async () => {
    const fake = createFakeExcel({ sheets: seedSheets() });
    render(<App host={fakeHost(fake)} theme="light" />);
    await screen.findByRole("heading", { name: "Xã Trạm Tấu" });
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("button", { name: "English" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText(/Not yet evaluated/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Generate summary" }));
    await screen.findByText("Created: Results Xã Trạm Tấu.", undefined, { timeout: 10_000 });
    expect(fake.workbook.hasSheet("Results Xã Trạm Tấu")).toBe(true);
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
