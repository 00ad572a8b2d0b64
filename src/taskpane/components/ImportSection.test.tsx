/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Node's export conditions: the main-thread parser import()s exceljs, whose browser build jest cannot load.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { fakeHost } from "../../../preview/fake-host";
import { seedSheets } from "../../../preview/seed";
import { createFakeExcel } from "../../../test/support/excel-fake";
import type { SourceWorkbook } from "../../core/analyze";
import { DEFAULT_SETTINGS } from "../../core/settings";
import type { ParseFn } from "../import/import-files";
import { App } from "./App";
import { ImportSection } from "./ImportSection";

const example = (name: string): File => {
  const bytes = readFileSync(join(__dirname, "..", "..", "..", "examples", name));
  const file = new File([bytes], name);
  // jsdom's File has no arrayBuffer(); hand over the bytes as a browser would
  Object.defineProperty(file, "arrayBuffer", {
    value: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
  });
  return file;
};

const pick = (files: File[]): void => {
  fireEvent.change(screen.getByLabelText("Chọn tệp báo cáo (.xlsx, .xls)"), { target: { files } });
};

describe("the clerk's import in the pane", () => {
  it("reads the picked returns, lists them with status and problems, counts who reported, and consolidates", async () => {
    const fake = createFakeExcel({ sheets: seedSheets() });
    render(<App host={fakeHost(fake)} theme="light" />);
    const section = (await screen.findByRole("heading", { name: "Nhập báo cáo các xã" })).closest("section")!;
    // a list, readable at a task pane's 320 px (a five-column table was not)
    const table = within(section).getByRole("list", { name: "Báo cáo đã nhận" });
    const items = () => Array.from(table.querySelectorAll(":scope > li"));
    // before any import: the workbook's own return
    expect(items()).toHaveLength(1);
    // the file picker is a localised button (the browser's own says "Choose Files")
    expect(within(section).getByRole("button", { name: "Chọn tệp báo cáo (.xlsx, .xls)" })).toBeTruthy();

    const broken = new File([new Uint8Array([1, 2, 3])], "hong.xlsx");
    Object.defineProperty(broken, "arrayBuffer", { value: () => Promise.resolve(new Uint8Array([1, 2, 3]).buffer) });
    pick([example("xa-ban-cong.xlsx"), broken, new File(["x"], "ghi-chu.txt")]);
    await waitFor(() => expect(items()).toHaveLength(3), { timeout: 20_000 });
    const rows = items();
    const part = (row: Element, name: string) => row.querySelector(`[data-part="${name}"]`)?.textContent;
    expect(rows.map((r) => r.getAttribute("data-file"))).toEqual(["", "xa-ban-cong.xlsx", "hong.xlsx"]);
    expect(rows[0].textContent).toMatch(/^Xã Trạm Tấu/);
    expect(rows[2].getAttribute("data-status")).toBe("errors");
    expect(rows[2].textContent).toMatch(/không có bảng chỉ tiêu.*Có lỗi/);
    expect(part(rows[2], "facts")).toBe("chưa rõ · 0 chỉ tiêu");
    // the status says which kinds of problem: Trạm Tấu's unit slip needs a look, its sheet's % is a note
    expect(part(rows[0], "status")).toBe("Cần xem lạiCần xem số liệu · Cột % của biểu tính khác · Ghi chú");
    // the problem count says it opens the list
    expect(within(rows[2] as HTMLElement).getByRole("button", { name: /^Xem 1 vấn đề của / }).textContent).toBe(
      "Xem 1 vấn đề",
    );
    expect(part(rows[1], "facts")).toMatch(/ · [1-9]\d* chỉ tiêu$/);
    // the .txt is named in a warning, not dropped silently
    expect(
      within(section).getByText(/Không đọc 1 tệp không phải tệp Excel \(\.xlsx, \.xls\): ghi-chu\.txt\./),
    ).toBeTruthy();
    // a row's problems open with its button and name the file
    fireEvent.click(within(rows[2] as HTMLElement).getByRole("button", { name: /^Xem 1 vấn đề của / }));
    expect(within(table).getByRole("list", { name: /^Xem 1 vấn đề của / }).textContent).toMatch(/hong\.xlsx/);

    // expected areas: one reported, one not
    fireEvent.change(within(section).getByLabelText("Các xã phải báo cáo (mỗi dòng một xã)"), {
      target: { value: "Trạm Tấu\nXã Không Có\n" },
    });
    expect(within(section).getByTestId("completeness").textContent).toBe("Đã nhận 1/2 xã. Chưa báo cáo: Xã Không Có.");
    fireEvent.click(within(section).getByRole("button", { name: "Lưu danh sách" }));
    await screen.findByText("Đã lưu cài đặt vào tệp.");

    fireEvent.click(within(section).getByRole("button", { name: "Tổng hợp" }));
    await within(section).findByText(/^Đã tạo: Tổng hợp, /, undefined, { timeout: 20_000 });
    expect(fake.workbook.sheetNames()[0]).toBe("Biểu 01");
    expect(fake.workbook.sheetNames()).toContain("Tổng hợp");
    const consolidated = fake.workbook.sheet("Tổng hợp").values().flat().join(" ");
    expect(consolidated).toMatch(/Trạm Tấu/);
    expect(consolidated).toMatch(/Bản Công/);
    // the expected areas were saved with the workbook
    expect((await fakeHost(fake).loadSettings()).settings.expectedAreas).toEqual(["Trạm Tấu", "Xã Không Có"]);
  }, 60_000);

  it("cancels between files and keeps the ones already read", async () => {
    let release: () => void = () => undefined;
    const parsed: string[] = [];
    const parse: ParseFn = (name) =>
      new Promise<SourceWorkbook>((resolve) => {
        parsed.push(name);
        const done = () => resolve({ file: name, grids: [], findings: [] });
        if (parsed.length === 1) done();
        else release = done;
      });
    const imported: SourceWorkbook[][] = [];
    const host = fakeHost(createFakeExcel({ sheets: seedSheets() }));
    render(
      <FluentProvider theme={webLightTheme}>
        <ImportSection
          host={host}
          language="vi"
          settings={DEFAULT_SETTINGS}
          scan={{ grids: [], findings: [] }}
          imported={[]}
          onImported={(sources) => imported.push(sources)}
          onSaveExpected={() => undefined}
          parse={parse}
        />
      </FluentProvider>,
    );
    pick([example("xa-ban-cong.xlsx"), example("xa-tcvn3.xlsx"), example("xa-tram-tau.xlsx")]);
    await screen.findByText("Đã đọc 1/3 tệp…");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    await screen.findByText("Đã hủy; giữ 1 tệp đã đọc.");
    release();
    expect(imported).toHaveLength(1);
    expect(imported[0].map((s) => s.file)).toEqual(["xa-ban-cong.xlsx"]);
    expect(parsed).toEqual(["xa-ban-cong.xlsx", "xa-tcvn3.xlsx"]);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("lists a hundred returns a chunk at a time, every one in the end, in order, and all of them still there after an edit", async () => {
    // 101 files that gave no return (one row each), named so their order is visible
    const many: SourceWorkbook[] = Array.from({ length: 101 }, (_, i) => ({
      file: `xa-${String(i).padStart(3, "0")}.xlsx`,
      grids: [],
      findings: [],
    }));
    const host = fakeHost(createFakeExcel({ sheets: seedSheets() }));
    const section = (imported: SourceWorkbook[]) => (
      <FluentProvider theme={webLightTheme}>
        <ImportSection
          host={host}
          language="vi"
          settings={DEFAULT_SETTINGS}
          scan={{ grids: [], findings: [] }}
          imported={imported}
          onImported={() => undefined}
          onSaveExpected={() => undefined}
        />
      </FluentProvider>
    );
    const { rerender } = render(section([]));
    const list = screen.getByRole("list", { name: "Báo cáo đã nhận" });
    const files = () => Array.from(list.querySelectorAll(":scope > li")).map((li) => li.getAttribute("data-file"));
    rerender(section(many));
    // the first chunk at once, not the whole list in one task
    expect(files().length).toBeLessThan(many.length);
    expect(files().length).toBeGreaterThan(0);
    await waitFor(() => expect(files()).toHaveLength(many.length));
    expect(files()).toEqual(many.map((s) => s.file));
    // editing the expected communes does not collapse the list back to a chunk (no flicker, no scroll jump)
    fireEvent.change(screen.getByRole("textbox", { name: /Các xã phải báo cáo/ }), { target: { value: "Xã A" } });
    await waitFor(() => expect(screen.getByTestId("completeness").textContent).toMatch(/0\/1/));
    expect(files()).toHaveLength(many.length);
  });
});
