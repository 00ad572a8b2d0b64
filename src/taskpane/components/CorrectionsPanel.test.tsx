/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { fakeHost } from "../../../preview/fake-host";
import { seedSheets } from "../../../preview/seed";
import { matchKey } from "../../core/text/normalize";
import { createFakeExcel } from "../../../test/support/excel-fake";
import { App } from "./App";
import { analyzeScan, paneSettings } from "./pane-logic";

// The panel is a lazily loaded chunk (React.lazy in ReturnCard): load it before any test, so no
// assertion races the module's loading on a busy machine.
beforeAll(async () => {
  await import("./CorrectionsPanel");
});

async function openCorrections() {
  const fake = createFakeExcel({ sheets: seedSheets() });
  const host = fakeHost(fake);
  const expected = analyzeScan(await host.scan(), paneSettings("vi")).returns[0];
  render(<App host={host} theme="light" />);
  // the scan of the fake workbook is real work: a generous bound, the wait ends as soon as it is there
  const card = (await screen.findByRole("heading", { name: "Xã Trạm Tấu" }, { timeout: 60_000 })).closest("section")!;
  fireEvent.click(within(card).getByRole("button", { name: "Sửa cột và chiều đánh giá" }));
  const panel = await within(card).findByRole("region", { name: "Cột đã nhận diện" }, { timeout: 60_000 });
  return { fake, host, card, panel, expected };
}

describe("correcting columns and directions in the pane", () => {
  it("shows the columns the reader found, by letter and header", async () => {
    const { panel, expected } = await openCorrections();
    const plan = expected.ret.table.columns.plan!;
    const select = within(panel).getByLabelText("Kế hoạch") as HTMLSelectElement;
    expect(select.value).toBe("auto");
    const letter = String.fromCharCode(64 + plan);
    expect(select.selectedOptions[0].textContent).toMatch(new RegExp(`^Tự động: Cột ${letter} – .*Kế hoạch`, "i"));
    // listed: the indicators scored "lower is better"; the others are found by name
    const directions = () => within(panel).queryAllByRole("combobox", { name: /^Chiều đánh giá của chỉ tiêu / });
    const down = expected.ret.indicators.filter((i) => i.direction === "down");
    expect(down.length).toBeGreaterThan(0);
    expect(directions()).toHaveLength(down.length);
    expect(
      within(panel).getByText(new RegExp(`^${expected.ret.indicators.length - down.length} chỉ tiêu khác`)),
    ).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText("Tìm chỉ tiêu để đổi chiều đánh giá"), {
      target: { value: "ngan sach" },
    });
    expect(directions().map((d) => d.getAttribute("aria-label"))).toContain(
      "Chiều đánh giá của chỉ tiêu Thu ngân sách trên địa bàn",
    );
  });

  it("a direction changed for one indicator rescoring at once and is saved in the workbook", async () => {
    const { host, card, panel, expected } = await openCorrections();
    const target = expected.lagging.find((i) => i.direction === "up" && i.achievement !== null)!;
    const item = (): HTMLElement | null => card.querySelector(`li[data-cell="${target.cell}"]`);
    // "higher is better" is the rule, not repeated on every lagging line
    expect(item()?.querySelector('[data-part="direction"]')).toBeNull();
    fireEvent.change(within(panel).getByLabelText("Tìm chỉ tiêu để đổi chiều đánh giá"), {
      target: { value: target.name },
    });
    const select = within(panel).getAllByRole("combobox", { name: `Chiều đánh giá của chỉ tiêu ${target.name}` })[0];
    fireEvent.change(select, { target: { value: "down" } });
    // scored the other way: "lower is better" in the lagging list (or no longer lagging)
    await waitFor(() =>
      expect(item()?.querySelector('[data-part="direction"]')?.textContent ?? "gone").toMatch(
        /^(\(càng thấp càng tốt\)|gone)$/,
      ),
    );
    await screen.findByText("Đã lưu cài đặt vào tệp.");
    const saved = await host.loadSettings();
    expect(saved.settings.directions).toEqual({ [matchKey(target.name)]: "down" });
    // back to automatic: the override is gone from the workbook too
    fireEvent.change(
      within(panel).getAllByRole("combobox", { name: `Chiều đánh giá của chỉ tiêu ${target.name}` })[0],
      {
        target: { value: "auto" },
      },
    );
    await waitFor(async () => expect((await host.loadSettings()).settings.directions).toEqual({}));
    await waitFor(() => expect(item()).not.toBeNull());
    expect(item()?.querySelector('[data-part="direction"]')).toBeNull();
  });

  it("a result column moved to the notes column leaves nothing to score, and is remembered", async () => {
    const { fake, host, card, panel, expected } = await openCorrections();
    const note = expected.ret.table.columns.note!;
    const count = (band: string): number =>
      Number(card.querySelector(`li[data-band="${band}"] [data-part="count"]`)!.textContent);
    expect(count("none")).toBeLessThan(expected.ret.indicators.length);
    fireEvent.change(within(panel).getByLabelText("Thực hiện"), { target: { value: String(note) } });
    await waitFor(() => expect(count("none")).toBe(expected.ret.indicators.length));
    // while the user's column is in force, "automatic" says it goes back to the headers
    expect((within(panel).getByLabelText("Thực hiện") as HTMLSelectElement).options[0].textContent).toBe(
      "Tự động (theo tiêu đề cột)",
    );
    await screen.findByText("Đã lưu cài đặt vào tệp.");
    expect((await host.loadSettings()).settings.columns).toEqual({ "Biểu 01": { actual: note } });
    // the source sheet itself is never touched by a correction
    expect(fake.workbook.sheet("Biểu 01").values()).toEqual(
      createFakeExcel({ sheets: seedSheets() }).workbook.sheet("Biểu 01").values(),
    );
  });
});
