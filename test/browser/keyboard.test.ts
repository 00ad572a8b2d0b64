/**
 * The pane with the keyboard only (page.keyboard: Tab, Shift+Tab, Enter, Space, typing): from the top
 * of the page, every stop has an accessible name and the focus moves down the pane in document and
 * visual order; "Tạo báo cáo", a go-to-cell button and the settings' save all work without a mouse.
 */
import type { Page } from "playwright-core";
import { previewSessionForFile, waitForScan } from "./harness";

const session = previewSessionForFile();

interface Stop {
  /** The focused element's role and accessible name, as Chromium's accessibility tree gives them. */
  role: string;
  name: string;
  inPane: boolean;
  top: number;
  bottom: number;
  left: number;
  /**
   * The element focused at the previous call, measured in the same moment as this one (the pane may
   * re-render between two key presses, and Fluent UI adds its styles to the head as tooltips open, so
   * positions taken at two different times cannot be compared): whether this element follows it in
   * document order, and where it is now. Null at the first call, or when it has left the document.
   */
  previous: { followedBy: boolean; top: number; bottom: number; left: number } | null;
}

/** Where the focus is now. */
async function focused(page: Page): Promise<Stop> {
  const place = await page.evaluate(() => {
    const memory = window as unknown as { __lastFocused?: Element };
    const element = document.activeElement;
    const last = memory.__lastFocused;
    memory.__lastFocused = element ?? undefined;
    if (!element || element === document.body) return null;
    const pane = document.getElementById("pane");
    const box = (node: Element) => {
      const rect = node.getBoundingClientRect();
      return {
        top: Math.round(rect.top + window.scrollY + (pane?.scrollTop ?? 0)),
        bottom: Math.round(rect.bottom + window.scrollY + (pane?.scrollTop ?? 0)),
        left: Math.round(rect.left),
      };
    };
    const previous =
      last && last !== element && last.isConnected
        ? { followedBy: !!(last.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING), ...box(last) }
        : null;
    return { inPane: !!pane?.contains(element), ...box(element), previous };
  });
  if (!place) return { role: "", name: "", inPane: false, top: 0, bottom: 0, left: 0, previous: null };
  // The first line of the focused node's ARIA snapshot: `- button "Tạo báo cáo"`, `- textbox "…": value`.
  const snapshot = await page.locator(":focus").ariaSnapshot();
  const first = snapshot.split("\n")[0].replace(/^- '?/, "");
  const match = /^(\w+)(?: "((?:[^"\\]|\\.)*)")?/.exec(first);
  return { role: match?.[1] ?? "", name: match?.[2] ?? "", ...place };
}

/** Presses Tab until the focus is on an element whose name matches; the stops on the way. */
async function tabTo(page: Page, name: RegExp, key = "Tab", limit = 120): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    stops.push(stop);
    if (name.test(stop.name)) return stops;
  }
  throw new Error(
    `no ${name} within ${limit} × ${key}; went through ${stops.map((s) => `${s.role} "${s.name}"`).join(", ")}`,
  );
}

test("every stop of the Tab order has a name, and the order follows the pane from top to bottom", async () => {
  const { page, pageErrors } = await session().open();
  await waitForScan(page);
  // from the top of the page to the first control outside the pane (the workbook view's tabs)
  const stops: Stop[] = [];
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    const stop = await focused(page);
    if (!stop.inPane) break;
    stops.push(stop);
  }
  const names = stops.map((stop) => stop.name);
  if (process.env.SHOW_TAB_ORDER) console.log(stops.map((s) => `${s.role} "${s.name}" @${s.top},${s.left}`).join("\n"));
  expect(stops.filter((stop) => stop.name.trim() === "")).toEqual([]);
  // the main actions, in the order they are laid out
  const main = [
    "VI Tiếng Việt",
    "EN English",
    "Tạo báo cáo",
    "Đọc lại",
    "Cài đặt",
    "Sao chép",
    "Ghi % vào cột % của biểu",
    "Sửa cột và chiều đánh giá",
    "Chọn tệp báo cáo (.xlsx, .xls)",
    "Tổng hợp",
    "Biểu chỉ tiêu trống",
  ];
  const at = main.map((name) => names.indexOf(name));
  expect(at.every((index) => index >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(names.some((name) => /^Đến ô [A-Z]+\d+ trang Biểu 01: /.test(name))).toBe(true);
  for (let i = 1; i < stops.length; i++) {
    const after = stops[i];
    // the previous stop is still there (no focused control vanished under the keyboard), it comes
    // earlier in document order, and the focus never backs up the pane (a later stop on the same line
    // sits to the right)
    const before = after.previous;
    expect({ step: i, name: after.name, previousStillThere: before !== null }).toEqual({
      step: i,
      name: after.name,
      previousStillThere: true,
    });
    if (!before) continue;
    expect({ step: i, name: after.name, later: before.followedBy }).toEqual({
      step: i,
      name: after.name,
      later: true,
    });
    const sameLine = after.top < before.bottom && after.left > before.left;
    expect({ step: i, name: after.name, down: after.top >= before.top - 2 || sameLine }).toEqual({
      step: i,
      name: after.name,
      down: true,
    });
  }
  // Shift+Tab walks the same stops back
  await page.keyboard.press("Shift+Tab");
  expect((await focused(page)).name).toBe(names[names.length - 1]);
  await page.keyboard.press("Shift+Tab");
  expect((await focused(page)).name).toBe(names[names.length - 2]);
  expect(pageErrors).toEqual([]);
}, 120_000);

test("generate, go to a cell, and change and save the settings with the keyboard alone", async () => {
  const { page, pageErrors } = await session().open();
  await waitForScan(page);

  await tabTo(page, /^Tạo báo cáo$/);
  await page.keyboard.press("Enter");
  await page.getByText(/^Đã tạo: KQ Xã Trạm Tấu\.$/).waitFor({ timeout: 30_000 });
  expect(await page.evaluate(() => window.__preview!.fake.workbook.sheetNames())).toEqual([
    "Biểu 01",
    "KQ Xã Trạm Tấu",
  ]);
  // the button stays focusable while it works, so the focus is still on it afterwards
  expect((await focused(page)).name).toBe("Tạo báo cáo");
  const before = await page.evaluate(() => ({
    active: window.__preview!.fake.workbook.activeSheet(),
    log: window.__preview!.fake.workbook.log().length,
  }));
  const goTo = (await tabTo(page, /^Đến ô [A-Z]+\d+ trang Biểu 01: /)).pop()!;
  const cell = /^Đến ô ([A-Z]+\d+) /.exec(goTo.name)![1];
  await page.keyboard.press("Space");
  await page.waitForFunction(
    (expected) => window.__preview!.fake.workbook.log().includes(expected),
    `select 'Biểu 01'!${cell}`,
    { timeout: 10_000 },
  );
  const after = await page.evaluate(() => ({
    active: window.__preview!.fake.workbook.activeSheet(),
    log: window.__preview!.fake.workbook.log(),
  }));
  expect(after.active).toBe("Biểu 01");
  expect(after.log.slice(before.log)).toContain(`select 'Biểu 01'!${cell}`);
  expect(before.active === "Biểu 01" ? after.log.length > before.log : true).toBe(true);

  // back up to "Cài đặt", open it, raise the "met" threshold, save
  await tabTo(page, /^Cài đặt$/, "Shift+Tab");
  await page.keyboard.press("Enter");
  await page.getByRole("region", { name: "Cài đặt" }).waitFor();
  const field = (await tabTo(page, /^Ngưỡng dưới của mức “Đạt, vượt kế hoạch”/)).pop()!;
  expect(field.role).toMatch(/^(textbox|spinbutton)$/);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("110");
  await tabTo(page, /^Lưu$/);
  await page.keyboard.press("Enter");
  await page.getByText("Đã lưu cài đặt vào tệp.").waitFor({ timeout: 20_000 });
  const parts = await page.evaluate(() => window.__preview!.fake.workbook.customXmlParts().map((part) => part.xml));
  expect(parts.some((xml) => xml.includes("110"))).toBe(true);
  expect(pageErrors).toEqual([]);
}, 120_000);
