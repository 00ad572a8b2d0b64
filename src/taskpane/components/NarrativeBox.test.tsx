/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { fakeHost } from "../../../preview/fake-host";
import { seedSheets } from "../../../preview/seed";
import { createFakeExcel } from "../../../test/support/excel-fake";
import { App } from "./App";
import { analyzeScan, paneSettings } from "./pane-logic";

async function openReturn() {
  const host = fakeHost(createFakeExcel({ sheets: seedSheets() }));
  const expected = analyzeScan(await host.scan(), paneSettings("vi")).returns[0];
  render(<App host={host} theme="light" />);
  const card = (await screen.findByRole("heading", { name: "Xã Trạm Tấu" })).closest("section")!;
  return { card, expected };
}

describe("the sentences as a paragraph to copy", () => {
  it("shows the return's sentences and copies them", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { card, expected } = await openReturn();
    const box = within(card).getByLabelText("Nhận xét (có thể sao chép vào báo cáo)") as HTMLTextAreaElement;
    expect(box.value).toBe(expected.narrative);
    expect(box.readOnly).toBe(true);
    fireEvent.click(within(card).getByRole("button", { name: "Sao chép" }));
    await within(card).findByText("Đã sao chép.");
    expect(writeText).toHaveBeenCalledWith(expected.narrative);
  });

  it("selects the paragraph for Ctrl+C when the clipboard is refused", async () => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new Error("NotAllowedError")) },
      configurable: true,
    });
    const { card } = await openReturn();
    fireEvent.click(within(card).getByRole("button", { name: "Sao chép" }));
    await within(card).findByText("Đã chọn đoạn văn: nhấn Ctrl+C để sao chép.");
    const box = within(card).getByLabelText("Nhận xét (có thể sao chép vào báo cáo)") as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
  });

  it("with two returns in the workbook, shows the consolidated sentences too", async () => {
    const [sheet] = seedSheets();
    const second = { ...JSON.parse(JSON.stringify(sheet)), name: "Biểu 02" };
    const host = fakeHost(createFakeExcel({ sheets: [sheet, second] }));
    const expected = analyzeScan(await host.scan(), paneSettings("vi")).consolidation;
    expect(expected).not.toBeNull();
    render(<App host={host} theme="light" />);
    const section = (await screen.findByRole("heading", { name: "Tổng hợp các xã trong tệp này" })).closest("section")!;
    const box = within(section).getByLabelText("Nhận xét (có thể sao chép vào báo cáo)") as HTMLTextAreaElement;
    expect(box.value).toBe(expected!.narrative);
  });
});
