/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { fakeHost } from "../../../preview/fake-host";
import { seedSheets } from "../../../preview/seed";
import { createFakeExcel } from "../../../test/support/excel-fake";
import { App } from "./App";

// The dialog is a lazily loaded chunk: loaded before the tests, so no assertion races it.
beforeAll(async () => {
  await import("./WriteBackDialog");
});

describe("writing % into the return from the pane", () => {
  it("after confirmation, fills only the empty % cells, where the rows are now", async () => {
    const [sheet] = seedSheets();
    // rows 6 and 7 (F6, F7) have no % yet; most others hold the commune's own figures
    sheet.values![5][5] = null;
    sheet.values![6][5] = null;
    const fake = createFakeExcel({ sheets: [sheet] });
    render(<App host={fakeHost(fake)} theme="light" />);
    await screen.findByRole("heading", { name: "Xã Trạm Tấu" });

    // after the scan the user inserts a row above the table (row 3): the write must follow the rows
    const width = sheet.values![0].length;
    const shift = <T,>(rows: T[][], blank: T): T[][] => [
      ...rows.slice(0, 2),
      Array<T>(width).fill(blank),
      ...rows.slice(2),
    ];
    const moved = fake.context.workbook.worksheets
      .getItem("Biểu 01")
      .getRangeByIndexes(0, 0, sheet.values!.length + 1, width);
    moved.numberFormat = shift(sheet.numberFormats as string[][], "General");
    moved.values = shift(fake.workbook.sheet("Biểu 01").values() as (string | number | boolean)[][], "");
    await fake.context.sync();
    const before = fake.workbook.sheet("Biểu 01").values();
    expect(before[7][1]).toBe("Sản lượng lương thực bình quân đầu người");

    const card = screen.getByRole("heading", { name: "Xã Trạm Tấu" }).closest("section")!;
    fireEvent.click(within(card).getByRole("button", { name: "Ghi % vào cột % của biểu" }));
    const dialog = await screen.findByRole("dialog", undefined, { timeout: 20_000 }); // after the % column is read
    // the dialog counts the cells from the sheet as it is now, and the message after writing agrees
    const promised = Number(/sẽ được ghi vào (\d+) ô/.exec(dialog.textContent ?? "")?.[1]);
    expect(promised).toBeGreaterThan(0);
    fireEvent.click(within(dialog).getByRole("button", { name: `Ghi vào ${promised} ô` }));
    const message = await screen.findByText(/Đã ghi \d+ ô\./, undefined, { timeout: 10_000 });
    expect(message.textContent).toContain(`Đã ghi ${promised} ô.`);

    const after = fake.workbook.sheet("Biểu 01").values();
    expect(after[6][5]).toBe(48.2); // F7, F6 before the insert
    expect(after[7][5]).toBe(86.8); // F8, F7 before the insert
    // every changed cell is in the % column and was empty; the message counts them
    const changed: string[] = [];
    after.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === before[r]?.[c]) return;
        changed.push(`${String.fromCharCode(65 + c)}${r + 1}`);
        expect([c, before[r]?.[c] ?? ""]).toEqual([5, ""]);
      }),
    );
    expect(changed).toEqual(expect.arrayContaining(["F7", "F8"]));
    expect(message.textContent).toContain(`Đã ghi ${changed.length} ô.`);
  });

  it("cancelling the confirmation writes nothing", async () => {
    const [sheet] = seedSheets();
    sheet.values![5][5] = null;
    const fake = createFakeExcel({ sheets: [sheet] });
    const before = fake.workbook.sheet("Biểu 01").values();
    render(<App host={fakeHost(fake)} theme="light" />);
    const card = (await screen.findByRole("heading", { name: "Xã Trạm Tấu" })).closest("section")!;
    fireEvent.click(within(card).getByRole("button", { name: "Ghi % vào cột % của biểu" }));
    const dialog = await screen.findByRole("dialog", undefined, { timeout: 20_000 }); // after the % column is read
    fireEvent.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(fake.workbook.sheet("Biểu 01").values()).toEqual(before);
    expect(fake.workbook.customXmlParts()).toEqual([]);
    // the dialog closed through its open state: the pane is not left hidden from screen readers
    const hidden = () =>
      Array.from(document.querySelectorAll('[aria-hidden="true"]')).filter((el) =>
        el.querySelector("section, button, h2"),
      );
    await waitFor(() => expect(hidden()).toEqual([]));
    expect(within(card).getByRole("button", { name: "Ghi % vào cột % của biểu" })).toBeTruthy();
  });
});
